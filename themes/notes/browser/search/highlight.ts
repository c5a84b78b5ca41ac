// On a note opened from a search result (`?hl=terms`), the terms are marked in
// the note like the browser's find marks them, with a bar to clear the marks.
import { t } from '../ui-strings';
import { dropSoftWraps, findRanges, normalize, queryTerms, toOriginalRanges, type Range } from './normalize';
import { format } from './render';

/** Text the reader cannot see as text, or that is not the note's own. */
const SKIP = '.math, pre.mermaid, script, style, svg, button, .headerlink, .note-pager, mark.search-hit';

/** Text runs on across inline elements (`<strong>微</strong>调`) but not across these. */
const BLOCK = 'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, pre, blockquote, figcaption, summary, caption, div, section, article';

/**
 * Wraps every occurrence of the terms in the text under `root` in
 * <mark class="search-hit">. Like the browser's find, a hit may span inline
 * elements; it is marked piece by piece.
 */
export function highlightTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (terms.length === 0) return [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // Consecutive text nodes of the same block form one run of text.
  const runs: Text[][] = [];
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parentBlock = node.parentElement?.closest(BLOCK) ?? null;
    const last = runs[runs.length - 1];
    if (last && parentBlock === block) last.push(node as Text);
    else runs.push([node as Text]);
    block = parentBlock;
  }
  // Pieces to wrap, per text node: [start, end) in that node, and whether the
  // hit began in an earlier node.
  const pieces = new Map<Text, [number, number, boolean][]>();
  for (const run of runs) {
    // The same text as the index: soft wraps between CJK characters dropped, then normalised.
    const { text, offsets } = dropSoftWraps(run.map((node) => node.data).join(''));
    const norm = normalize(text);
    const ranges = toOriginalRanges(norm, findRanges(norm.text, terms)).map(
      ([start, end]): Range => (offsets ? [offsets[start] ?? start, (offsets[end - 1] ?? end - 1) + 1] : [start, end]),
    );
    let offset = 0;
    const spans = run.map((node) => {
      const span = { node, start: offset, end: offset + node.data.length };
      offset = span.end;
      return span;
    });
    for (const [start, end] of ranges) {
      let continued = false;
      for (const span of spans) {
        const from = Math.max(start, span.start);
        const to = Math.min(end, span.end);
        if (from >= to) continue;
        const list = pieces.get(span.node) ?? [];
        list.push([from - span.start, to - span.start, continued]);
        pieces.set(span.node, list);
        continued = true;
      }
    }
  }
  for (const [node, list] of pieces) {
    // From the end, so that earlier offsets stay valid while the node is split.
    for (const [start, end, continued] of list.sort((a, b) => b[0] - a[0])) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      if (continued) mark.dataset.continued = '';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
  // One per hit (its first piece), in document order.
  return [...root.querySelectorAll<HTMLElement>('mark.search-hit:not([data-continued])')];
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
