// Builds result markup with DOM APIs only: every piece of the index and of the
// query goes in as text, so a note titled `<img onerror=…>` stays text.
import type { Range, SearchResult, SectionResult } from './engine';

/** Appends `text` to `parent` with the ranges wrapped in <mark>. */
export function appendMarked(parent: Element, text: string, marks: readonly Range[]): void {
  const doc = parent.ownerDocument;
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end <= start) continue;
    if (start > at) parent.append(text.slice(at, start));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

/**
 * The note's URL with the query's words (ResultPage.words: no tag filters) for
 * the target page to highlight (`?hl=`); none for a query of filters alone.
 */
export function resultHref(section: Pick<SectionResult, 'url'>, words: string, base: string): string {
  const url = new URL(section.url, base);
  if (words.trim()) url.searchParams.set('hl', words.trim());
  return url.pathname + url.search + url.hash;
}

function part(doc: Document, className: string, text: string, marks: readonly Range[]): HTMLElement {
  const span = doc.createElement('span');
  span.className = className;
  appendMarked(span, text, marks);
  return span;
}

/** One `<a class="search-result">`: note title, section heading, snippet; `words` as ResultPage has them. */
export function renderResult(doc: Document, result: SearchResult, section: SectionResult, words: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.className = 'search-result';
  a.href = resultHref(section, words, doc.baseURI);
  const head = doc.createElement('span');
  head.className = 'search-result-head';
  head.append(part(doc, 'search-result-title', result.title, result.titleMarks));
  if (section.heading) head.append(part(doc, 'search-result-heading', section.heading, section.headingMarks));
  a.append(head);
  const { snippet } = section;
  if (snippet.text) {
    const text = part(doc, 'search-result-snippet', '', []);
    if (snippet.code) text.classList.add('is-code');
    if (snippet.cutStart) text.append('…');
    appendMarked(text, snippet.text, snippet.marks);
    if (snippet.cutEnd) text.append('…');
    a.append(text);
  }
  return a;
}

/** A `#tag` chip: a button that adds the tag's filter to the query. */
export function tagChip(doc: Document, tag: string, pick: (tag: string) => void): HTMLButtonElement {
  const chip = doc.createElement('button');
  chip.type = 'button';
  chip.className = 'search-tag';
  chip.dataset.searchTag = tag;
  chip.textContent = `#${tag}`;
  chip.addEventListener('click', () => pick(tag));
  return chip;
}

/** `{name}` in a UI string replaced by its value (Hexo's `__()` would read `%d` itself). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
