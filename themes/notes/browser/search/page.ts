// The /search/?q=…&page=N page: every result of the query, in pages linked by
// rel=prev / rel=next, the exact total in [data-search-count], each note's tags
// as chips that add a `#tag` filter to the query.
import { t } from '../ui-strings';
import type { ResultPage } from './query';
import { renderResult, tagChip } from './render';
import { Searcher } from './searcher';
import { withTag } from './tags';
import { numberAttr, onTyping, statusView, type Limits } from './view';

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query.trim() });
  if (page > 1) params.set('page', String(page));
  return `?${params.toString()}`;
}

function pagerLink(doc: Document, rel: 'prev' | 'next', href: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.rel = rel;
  a.href = href;
  a.className = `search-pager-${rel}`;
  a.textContent = t(rel === 'prev' ? 'search_prev' : 'search_next');
  return a;
}

function tagChips(doc: Document, tags: readonly string[], add: (tag: string) => void): HTMLElement {
  const chips = doc.createElement('span');
  chips.className = 'search-tags';
  chips.append(...tags.map((tag) => tagChip(doc, tag, add)));
  return chips;
}

export function initSearchPage(doc: Document, root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const pager = root.querySelector<HTMLElement>('[data-search-pager]');
  const indexUrl = root.dataset.searchIndex;
  if (!form || !input || !list || !status || !pager || !indexUrl) return;
  const limits: Limits = { notes: numberAttr(root, 'data-search-notes', 50), sections: numberAttr(root, 'data-search-sections', 3) };
  const searcher = new Searcher(indexUrl);
  const clear = (): void => {
    list.replaceChildren();
    pager.replaceChildren();
    delete status.dataset.searchCount;
  };
  const state = statusView(status, clear);
  let page = Math.max(1, Math.floor(Number(new URLSearchParams(window.location.search).get('page')) || 1));
  const addTag = (tag: string): void => {
    input.value = withTag(input.value, tag);
    page = 1;
    update();
  };
  const view = {
    loading: state.loading,
    failed: state.failed,
    show({ results, total, words }: ResultPage): void {
      clear();
      const query = input.value;
      for (const result of results) {
        const item = doc.createElement('li');
        item.className = 'search-page-result';
        for (const section of result.sections.slice(0, limits.sections)) item.append(renderResult(doc, result, section, words));
        if (result.tags.length > 0) item.append(tagChips(doc, result.tags, addTag));
        list.append(item);
      }
      state.counted(query, total, results.length, true);
      status.dataset.searchCount = String(total);
      if (page > 1) pager.append(pagerLink(doc, 'prev', pageHref(query, page - 1)));
      if (page * limits.notes < total) pager.append(pagerLink(doc, 'next', pageHref(query, page + 1)));
    },
  };
  const typing = onTyping(input, () => {
    page = 1;
    update();
  });
  const update = (): void => {
    typing.cancel();
    const query = input.value;
    // The address stays shareable: it always holds the current query and page.
    const url = new URL(window.location.href);
    url.search = query.trim() ? pageHref(query, page) : '';
    window.history.replaceState(null, '', url);
    if (!query.trim()) {
      searcher.cancel();
      clear();
      status.dataset.state = 'idle';
      status.textContent = t('search_hint');
      return;
    }
    void searcher.run(query, view, { offset: (page - 1) * limits.notes, limit: limits.notes, sections: limits.sections, exactTotal: true });
  };
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 1;
    update();
  });
  update();
}
