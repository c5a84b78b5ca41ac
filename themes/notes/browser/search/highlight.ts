// On a note opened from a search result (`?hl=terms`), the terms are marked in
// the note like the browser's find marks them, with a bar to clear the marks.
import { t } from '../ui-strings';
import { findRanges, normalize, queryTerms, toOriginalRanges } from './normalize';
import { format } from './render';

/** Text the reader cannot see as text, or that is not the note's own. */
const SKIP = '.math, pre.mermaid, script, style, svg, button, .headerlink, .note-pager, mark.search-hit';

/** Wraps every occurrence of the terms in the text under `root` in <mark class="search-hit">. */
export function highlightTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (terms.length === 0) return [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const norm = normalize(text.data);
    const ranges = toOriginalRanges(norm, findRanges(norm.text, terms));
    // From the end, so that earlier offsets stay valid while the node is split.
    for (let i = ranges.length - 1; i >= 0; i--) {
      const [start, end] = ranges[i]!;
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.unshift(mark);
    }
  }
  return marks;
}

export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll('mark.search-hit')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

export function initHighlight(doc: Document): void {
  const url = new URL(doc.location.href);
  const query = url.searchParams.get('hl') ?? '';
  const root = doc.querySelector('article.note');
  if (!root) return;
  const marks = highlightTerms(root, queryTerms(query));
  const bar = doc.createElement('div');
  bar.className = 'search-hl-bar';
  bar.setAttribute('role', 'status');
  const label = doc.createElement('span');
  label.textContent = format(t('search_hl'), { query: query.trim(), count: marks.length });
  const clear = doc.createElement('button');
  clear.type = 'button';
  clear.dataset.searchHlClear = '';
  clear.textContent = t('search_hl_clear');
  clear.addEventListener('click', () => {
    clearHighlights(root);
    bar.remove();
    // The address no longer asks for the highlight (reload, copy, share).
    url.searchParams.delete('hl');
    doc.defaultView?.history.replaceState(null, '', url);
  });
  bar.append(label, clear);
  doc.body.append(bar);
  // Opened at a section, the browser already scrolled there; otherwise show the first hit.
  if (!url.hash) marks[0]?.scrollIntoView({ block: 'center' });
}
