// Search in the page: the box in the header (header.ts), the /search/?q= page,
// and the highlight of the searched terms on the page a result opens. The
// engine and the index load on the first interaction only.
import { t } from '../ui-strings';
import type { SearchResult } from './engine';
import { initHeaderSearch } from './header';
import { eachShownSection, onTyping, readLimits, Searcher, statusView, type Limits, type SearchView } from './query';
import { renderResult } from './render';

/** The address stays shareable: it always holds the current query. */
function keepQueryInAddress(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  window.history.replaceState(null, '', url);
}

/** The page's results: one list item per section shown, the count in the status line. */
function pageView(doc: Document, input: HTMLInputElement, list: HTMLElement, status: HTMLElement, limits: Limits): SearchView {
  const state = statusView(status, () => list.replaceChildren());
  return {
    loading: state.loading,
    failed: state.failed,
    show(results: SearchResult[]): void {
      list.replaceChildren();
      const query = input.value;
      const shown = eachShownSection(results, limits, (result, section) => {
        const item = doc.createElement('li');
        item.append(renderResult(doc, result, section, query));
        list.append(item);
      });
      state.counted(query, results.length, shown);
    },
  };
}

function initSearchPage(doc: Document, root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const indexUrl = root.dataset.searchIndex;
  if (!form || !input || !list || !status || !indexUrl) return;
  const searcher = new Searcher(indexUrl);
  const view = pageView(doc, input, list, status, readLimits(root, { notes: 50, sections: 3 }));
  const typing = onTyping(input, () => update());
  const update = (): void => {
    typing.cancel();
    const query = input.value;
    keepQueryInAddress(query);
    if (!query.trim()) {
      searcher.cancel();
      list.replaceChildren();
      status.dataset.state = 'idle';
      status.textContent = t('search_hint');
      return;
    }
    void searcher.run(query, view);
  };
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}

export function initSearch(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-search]');
  if (box) initHeaderSearch(doc, box);
  const page = doc.querySelector<HTMLElement>('[data-search-page]');
  if (page) initSearchPage(doc, page);
  // A page opened from a result highlights the searched terms.
  if (new URLSearchParams(window.location.search).has('hl')) {
    void import('./highlight.ts').then((m) => m.initHighlight(doc));
  }
}
