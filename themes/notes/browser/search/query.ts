// What the header box and the search page share: queries run against the
// lazily loaded engine, typing debounced, the status line, the result limits.
import { t } from '../ui-strings';
import type { SearchEngine, SearchResult, SectionResult } from './engine';
import { loadEngine } from './load';
import { format } from './render';

const DEBOUNCE_MS = 60;

export interface Limits {
  notes: number;
  sections: number;
}

/** What a query's answer is shown through. */
export interface SearchView {
  loading(): void;
  failed(retry: () => void): void;
  show(results: SearchResult[]): void;
}

function numberAttr(el: HTMLElement, name: string, fallback: number): number {
  const value = Number(el.getAttribute(name));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The limits the layout writes on `el` (data-search-notes, data-search-sections), else the defaults. */
export function readLimits(el: HTMLElement, defaults: Limits): Limits {
  return { notes: numberAttr(el, 'data-search-notes', defaults.notes), sections: numberAttr(el, 'data-search-sections', defaults.sections) };
}

/** Calls `each` for the sections shown, within the limits; returns how many notes were shown. */
export function eachShownSection(results: readonly SearchResult[], limits: Limits, each: (result: SearchResult, section: SectionResult) => void): number {
  const shown = results.slice(0, limits.notes);
  for (const result of shown) {
    for (const section of result.sections.slice(0, limits.sections)) each(result, section);
  }
  return shown.length;
}

/**
 * Runs queries against the lazily loaded engine and reports states; a query
 * answered after a newer one was typed is dropped.
 */
export class Searcher {
  private engine: SearchEngine | null = null;
  private seq = 0;

  constructor(private readonly indexUrl: string) {}

  /** Starts loading without waiting (on focus: the index is ready by the first keystroke). */
  warm(): void {
    if (!this.engine) loadEngine(this.indexUrl).then((e) => (this.engine = e), () => undefined);
  }

  async run(query: string, view: SearchView): Promise<void> {
    const seq = ++this.seq;
    if (!this.engine) {
      view.loading();
      try {
        this.engine = await loadEngine(this.indexUrl);
      } catch {
        if (seq === this.seq) view.failed(() => void this.run(query, view));
        return;
      }
    }
    if (seq !== this.seq) return;
    view.show(this.engine.search(query));
  }

  cancel(): void {
    this.seq++;
  }
}

/**
 * Calls `update` once typing pauses. An input method editor sends partial
 * syllables: those wait until the word is composed. `cancel` drops a pending
 * call (the caller is updating now).
 */
export function onTyping(input: HTMLInputElement, update: () => void): { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };
  input.addEventListener('input', (event) => {
    if (!event.isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
  return { cancel: () => clearTimeout(timer) };
}

/** The status line's text for a query's answer. */
export function countText(query: string, total: number, shown: number): string {
  if (total === 0) return format(t('search_empty'), { query: query.trim() });
  return shown < total ? format(t('search_shown'), { shown, total }) : format(t('search_count'), { total });
}

/** Status line and retry button shared by the box and the page. */
export function statusView(status: HTMLElement, clear: () => void) {
  return {
    loading: (): void => {
      clear();
      status.dataset.state = 'loading';
      status.textContent = t('search_loading');
    },
    failed: (retry: () => void): void => {
      clear();
      status.dataset.state = 'failed';
      status.textContent = `${t('search_failed')} `;
      const button = status.ownerDocument.createElement('button');
      button.type = 'button';
      button.className = 'search-retry';
      button.textContent = t('search_retry');
      button.addEventListener('click', retry);
      status.append(button);
    },
    counted: (query: string, total: number, shown: number): void => {
      status.dataset.state = total === 0 ? 'empty' : 'results';
      status.textContent = countText(query, total, shown);
    },
  };
}
