// The search box in the header: a combobox whose listbox shows the results as
// one types, and an overlay opened by the search button on narrow screens.
// Loaded by box.ts on the reader's first move towards the box.
import type { SearchResult } from './engine';
import { ResultList } from './listbox';
import type { ResultPage } from './query';
import { tagChip } from './render';
import { Searcher, type SearchView } from './searcher';
import { tagFacets, withTag } from './tags';
import { numberAttr, onTyping, statusView, type Limits } from './view';

interface HeaderParts {
  box: HTMLElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  all: HTMLAnchorElement;
  /** Chips for the tags of the results (absent in older markup: no chips). */
  facets: HTMLElement | null;
  /** Without scripts a plain link to the search page; with them, the button that opens the overlay. */
  opener: HTMLElement | null;
  closer: HTMLElement | null;
  indexUrl: string;
}

function headerParts(box: HTMLElement): HeaderParts | null {
  const input = box.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = box.querySelector<HTMLElement>('[data-search-panel]');
  const list = box.querySelector<HTMLElement>('[data-search-results]');
  const status = box.querySelector<HTMLElement>('[data-search-status]');
  const all = box.querySelector<HTMLAnchorElement>('[data-search-all]');
  const facets = box.querySelector<HTMLElement>('[data-search-facets]');
  const opener = box.querySelector<HTMLElement>('[data-search-open]');
  const closer = box.querySelector<HTMLElement>('[data-search-close]');
  const indexUrl = box.dataset.searchIndex;
  if (!input || !panel || !list || !status || !all || !indexUrl) return null;
  return { box, input, panel, list, status, all, facets, opener, closer, indexUrl };
}

/** The search page's address for a query: where "all results" leads. */
export function allResultsHref(pageUrl: string, query: string): string {
  return `${pageUrl}?q=${encodeURIComponent(query.trim())}`;
}

/** Tag chips under the box's results: a row, not a second list to read through. */
const MAX_FACETS = 6;

export class HeaderSearch {
  private readonly results: ResultList;
  private readonly searcher: Searcher;
  private readonly typing: { cancel(): void };
  private readonly view: SearchView;
  private readonly limits: Limits;

  constructor(
    private readonly doc: Document,
    private readonly p: HeaderParts,
    /** Opens the box and focuses its field (box.ts: it must work before this module is loaded). */
    readonly openBox: () => void,
  ) {
    this.results = new ResultList(p.input, p.list, p.all);
    this.searcher = new Searcher(p.indexUrl);
    this.limits = { notes: numberAttr(p.box, 'data-search-notes', 10), sections: numberAttr(p.box, 'data-search-sections', 2) };
    this.view = this.resultsView(p.box.dataset.searchPageUrl ?? '');
    this.typing = onTyping(p.input, () => this.update());
  }

  private resultsView(pageUrl: string): SearchView {
    const state = statusView(this.p.status, () => this.clearResults());
    return {
      loading: state.loading,
      failed: state.failed,
      show: ({ results, total, exact, words }: ResultPage): void => {
        const query = this.p.input.value;
        this.results.fill(this.doc, results, words, this.limits.sections);
        this.showFacets(results, query);
        state.counted(query, total, results.length, exact);
        if (total > 0 && pageUrl) this.results.showAll(allResultsHref(pageUrl, query));
        this.results.setActive(0);
      },
    };
  }

  private clearResults(): void {
    this.results.clear();
    this.showFacets([], '');
  }

  /** The shown results' tags as chips; picking one filters the query by it and searches again. */
  private showFacets(results: readonly SearchResult[], query: string): void {
    const facets = this.p.facets;
    if (!facets) return;
    const tags = tagFacets(results, query, MAX_FACETS);
    facets.replaceChildren(...tags.map((tag) => tagChip(this.doc, tag, (picked) => this.addTag(picked))));
    facets.hidden = tags.length === 0;
  }

  private addTag(tag: string): void {
    this.p.input.value = withTag(this.p.input.value, tag);
    this.p.input.focus();
    this.update();
  }

  private setPanel(open: boolean): void {
    this.p.panel.hidden = !open;
    this.p.input.setAttribute('aria-expanded', String(open));
  }

  update(): void {
    this.typing.cancel();
    if (!this.p.input.value.trim()) {
      this.searcher.cancel();
      this.clearResults();
      this.setPanel(false);
      return;
    }
    this.setPanel(true);
    void this.searcher.run(this.p.input.value, this.view, { limit: this.limits.notes, sections: this.limits.sections });
  }

  private isOverlay(): boolean {
    return this.p.box.classList.contains('is-open');
  }

  closeBox(): void {
    this.setPanel(false);
    if (!this.isOverlay()) return;
    this.p.box.classList.remove('is-open');
    this.p.opener?.setAttribute('aria-expanded', 'false');
  }

  onHover(target: EventTarget | null): void {
    this.results.hover(target);
  }

  /** What the reader did before this code loaded: the field focused, a query typed. */
  catchUp(): void {
    if (this.doc.activeElement === this.p.input) this.onFocus();
    if (this.p.input.value.trim()) this.update();
  }

  onFocus(): void {
    this.searcher.warm();
    if (this.p.input.value.trim() && this.results.size > 0) this.setPanel(true);
  }

  onKey(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') this.onArrow(event);
    else if (event.key === 'Enter') this.onEnter(event);
    else if (event.key === 'Escape') this.onEscape(event);
  }

  private onArrow(event: KeyboardEvent): void {
    event.preventDefault();
    if (this.p.panel.hidden) this.update();
    else this.results.move(event.key === 'ArrowDown' ? 1 : -1);
  }

  private onEnter(event: KeyboardEvent): void {
    const option = this.results.activeOption();
    // Without an active option the form submits to the search page.
    if (this.p.panel.hidden || !option) return;
    event.preventDefault();
    // Ctrl/Cmd+Enter opens the result in a new tab, like a click would.
    if (event.ctrlKey || event.metaKey) window.open(option.href, '_blank', 'noopener');
    else window.location.assign(option.href);
  }

  private onEscape(event: KeyboardEvent): void {
    if (this.p.panel.hidden && !this.isOverlay()) return;
    // Keep the query: a second Escape (native) clears it.
    event.preventDefault();
    const wasOverlay = this.isOverlay();
    this.closeBox();
    if (wasOverlay) this.p.opener?.focus();
  }
}

/** The opener (made a button by box.ts) answers a click and Space; the closer returns focus to it. */
function bindOverlay(search: HeaderSearch, { opener, closer }: HeaderParts): void {
  opener?.addEventListener('click', (event) => {
    event.preventDefault();
    search.openBox();
  });
  opener?.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    search.openBox();
  });
  closer?.addEventListener('click', () => {
    search.closeBox();
    opener?.focus();
  });
}

/** Clicking or tabbing away closes the results. */
function bindDismiss(doc: Document, search: HeaderSearch, box: HTMLElement): void {
  doc.addEventListener('pointerdown', (event) => {
    if (!box.contains(event.target as Node | null)) search.closeBox();
  });
  box.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !box.contains(next)) search.closeBox();
  });
}

/** Wires the box; null when its markup is incomplete. The shortcuts stay with box.ts. */
export function initHeaderSearch(doc: Document, box: HTMLElement, openBox: () => void): HeaderSearch | null {
  const parts = headerParts(box);
  if (!parts) return null;
  const search = new HeaderSearch(doc, parts, openBox);
  parts.input.addEventListener('focus', () => search.onFocus());
  parts.input.addEventListener('keydown', (event) => search.onKey(event));
  parts.list.addEventListener('mousemove', (event) => search.onHover(event.target));
  // Escape on a chip goes back to the field (a second one closes, as there).
  parts.facets?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    parts.input.focus();
  });
  bindOverlay(search, parts);
  bindDismiss(doc, search, box);
  return search;
}
