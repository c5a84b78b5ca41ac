// Search in the page: the box in the header (box.ts, then header.ts), the /search/?q= page
// (page.ts), and the highlight of the searched terms on the page a result opens.
// The engine and the index load on the first interaction only.
import { initSearchBox } from './box';

export function initSearch(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-search]');
  if (box) initSearchBox(doc, box);
  const page = doc.querySelector<HTMLElement>('[data-search-page]');
  // The /search/ page's own code loads on that page only.
  if (page) void import('./page.ts').then((m) => m.initSearchPage(doc, page));
  // A page opened from a result highlights the searched terms.
  if (new URLSearchParams(window.location.search).has('hl')) {
    void import('./highlight.ts').then((m) => m.initHighlight(doc));
  }
}
