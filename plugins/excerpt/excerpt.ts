// The one-line summary shown in note lists: the text of the note's first paragraph.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { visibleText } from '../post-dom/text-rules';

/** The length of the summary in note lists, in characters. */
export const SUMMARY_CHARS = 120;

const FIRST_PARAGRAPH = /<p>([\s\S]*?)<\/p>/;

/** The text of one paragraph's inner HTML, on one line, cut to `maxChars`. */
function paragraphLine(inner: string, maxChars: number): string {
  // A formula (plugins/math) reads as its visible text.
  const text = visibleText(inner).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('').trimEnd()}…` : text;
}

/** The summary of a note's rendered HTML (for documents rendered without the reader below). */
export function firstLine(html: string, maxChars: number): string {
  const match = FIRST_PARAGRAPH.exec(html);
  return match?.[1] ? paragraphLine(match[1], maxChars) : '';
}

/** The first `<p>` without attributes in document order: the one FIRST_PARAGRAPH finds in the serialised note. */
function firstParagraph(nodes: ChildNode[]): Element | undefined {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.tagName === 'p' && Object.keys(node.attribs).length === 0) return node;
    const inner = firstParagraph(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The same summary as `firstLine` of the note's final HTML, read from its DOM once
 * per build; `expand` puts back markup set aside during the parse (formulas).
 */
export function summaryOf($: NoteDom, maxChars: number, expand: (html: string) => string = (html) => html): string {
  const root = $.root()[0];
  const p = root ? firstParagraph(root.children) : undefined;
  return p ? paragraphLine(expand($(p).html() ?? ''), maxChars) : '';
}
