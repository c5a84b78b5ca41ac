// The one-line summary shown in note lists: the text of the note's first paragraph.
import { isTag, type ChildNode, type Element } from 'domhandler';
import { nodesHtml, type NoteDom } from '../post-dom/transforms';
import { visibleText } from '../post-dom/text-rules';

/** The length of the summary in note lists, in characters. */
export const SUMMARY_CHARS = 120;

const FIRST_PARAGRAPH = /<p>([\s\S]*?)<\/p>/;

/** The text of a paragraph's inner HTML, on one line. */
function lineText(inner: string): string {
  // A formula (plugins/math) reads as its visible text.
  return visibleText(inner).replace(/\s+/g, ' ').trim();
}

/** The text of one paragraph's inner HTML, on one line, cut to `maxChars`. */
function paragraphLine(inner: string, maxChars: number): string {
  const text = lineText(inner);
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('').trimEnd()}…` : text;
}

/** Whether `text` has more than `max` characters, without splitting all of it. */
function longerThan(text: string, max: number): boolean {
  // A character is one or two UTF-16 units: its first 2 × (max + 1) units hold max + 1 of them if it has them.
  return Array.from(text.slice(0, 2 * (max + 1))).length > max;
}

/**
 * As much of a paragraph's inner HTML (set-aside markup put back) as its line
 * needs: its first children, one, two, four… at a time, until their text alone
 * is longer than the line. A paragraph of 20,000 formulas is 20 MB once expanded;
 * its line needs a few of them. Whole children, so that every tag and entity
 * of the part is complete and its text is the start of the whole text.
 */
export function leadingHtml(children: readonly ChildNode[], maxChars: number, expand: (html: string) => string): string {
  const parts: string[] = [];
  let nextCheck = 1;
  for (const child of children) {
    parts.push(expand(nodesHtml([child])));
    if (parts.length < nextCheck) continue;
    nextCheck *= 2;
    const html = parts.join('');
    if (longerThan(lineText(html), maxChars)) return html;
  }
  return parts.join('');
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
  return p ? paragraphLine(leadingHtml(p.children, maxChars, expand), maxChars) : '';
}
