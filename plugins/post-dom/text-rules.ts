// The text rules of the markup contract, written once: which elements of a
// rendered note are prose, code, math, diagrams or chrome (link-card chrome,
// heading permalinks, invisible elements), and what a bare URL is. Every reader
// of a note's text takes its classification from here: the word count, heading
// text (ids, TOC, search), search sections and the excerpt. Each reader decides
// only what it keeps of each kind (search keeps code apart, the count drops it).
import type { AnyNode, Element, Text } from 'domhandler';
import { stripHTML, unescapeHTML } from 'hexo-util';
import { findNode, walkNodes } from '../shared/walk';

/** What an element's content is to a reader. */
export type TextRole =
  /** Not seen as text (scripts, media, buttons, SVG and MathML). */
  | 'hidden'
  /** A heading's permalink (hexo-renderer-marked's a.headerlink). */
  | 'permalink'
  /** A formula (plugins/math): KaTeX's markup, with its TeX source in an annotation. */
  | 'math'
  /** A mermaid diagram's source. */
  | 'diagram'
  /** A code block or a named file block. */
  | 'code'
  /** A link card (plugins/link-cards): its parts are read with cardPart. */
  | 'card'
  | 'prose';

/** Elements whose text the reader does not see (or sees only as a picture). */
const HIDDEN = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'textarea', 'button', 'iframe', 'object', 'video', 'audio', 'canvas',
  'select',
]);
/**
 * Chrome that is no prose: line-number gutters outside a figure; the markers of
 * callouts and footnotes (a callout's kind shown as its title or read to screen
 * readers, reference numbers, back-links). A callout's body and own title and a
 * footnote's text are prose.
 */
const HIDDEN_CLASS = ['gutter', 'line-numbers', 'callout-kind', 'sr-only', 'footnote-ref', 'footnote-backref'];
/** Elements whose text runs on into the text around them; every other element is a block boundary. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'label',
  'mark', 'picture', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'source', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr',
]);
const HEADING = /^h[1-6]$/;

// Structural checks: domhandler's node types are enums the linter will not compare.
export function isElement(node: AnyNode): node is Element {
  return 'attribs' in node;
}
export function isText(node: AnyNode): node is Text {
  return (node.type as string) === 'text';
}
export function hasChildren(node: AnyNode): node is AnyNode & { children: AnyNode[] } {
  return 'children' in node;
}

export function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs.class;
  // Every reader asks each element several times: split only a class list that holds the name at all.
  return cls !== undefined && cls.includes(name) && cls.split(/\s+/).includes(name);
}

export function textRole(el: Element): TextRole {
  if (HIDDEN.has(el.name) || HIDDEN_CLASS.some((name) => hasClass(el, name))) return 'hidden';
  if (hasClass(el, 'headerlink')) return 'permalink';
  if (hasClass(el, 'math')) return 'math';
  if (el.name === 'pre') return hasClass(el, 'mermaid') ? 'diagram' : 'code';
  if (el.name === 'figure' && (hasClass(el, 'code-block') || hasClass(el, 'code-file'))) return 'code';
  if (el.name === 'a' && hasClass(el, 'link-card')) return 'card';
  return 'prose';
}

/** True for elements none of whose content is prose: everything but prose and cards. */
export function isNotProse(el: Element): boolean {
  const role = textRole(el);
  return role !== 'prose' && role !== 'card';
}

/** Whether the element's text is kept apart from the text before and after it. */
export function isBlock(el: Element): boolean {
  return !INLINE.has(el.name);
}

export function isHeading(el: Element): boolean {
  return HEADING.test(el.name);
}

/** The TeX source KaTeX keeps in its MathML annotation. */
function texSource(el: Element): string {
  const annotation = findNode([el], (n) => isElement(n) && n.name === 'annotation' && n.attribs.encoding === 'application/x-tex');
  return annotation && hasChildren(annotation) ? annotation.children.map((c) => (isText(c) ? c.data : '')).join('') : '';
}

function appendHeadingText(nodes: readonly AnyNode[], out: string[]): void {
  walkNodes(nodes, (node) => {
    if (!isElement(node)) {
      if (isText(node)) out.push(node.data);
      return false;
    }
    const role = textRole(node);
    if (role === 'hidden' || role === 'permalink') return false;
    if (role === 'math') {
      const tex = texSource(node);
      out.push(tex ? ` ${tex} ` : ' ');
      return false;
    }
    if (node.name === 'br') out.push(' ');
    return true;
  });
}

/** A heading's text, on one line: its formulas as their TeX source, without the permalink. */
export function headingText(heading: Element): string {
  const out: string[] = [];
  appendHeadingText(heading.children, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The parts of a link card: the caption is the author's label before the link
 * (`项目地址：`), the title the link text; the description and the site name are
 * fetched words the card shows (searchable, not the author's words: not counted);
 * the rest (URL, icon, image) is chrome the card adds.
 */
export type CardPart = 'caption' | 'title' | 'description' | 'site' | 'chrome';

const CARD_PART_CLASSES: ReadonlyArray<[string, CardPart]> = [
  ['link-card-caption', 'caption'],
  ['link-card-title', 'title'],
  ['link-card-desc', 'description'],
  ['link-card-site', 'site'],
];

export function cardPart(el: Element): CardPart {
  for (const [name, part] of CARD_PART_CLASSES) if (hasClass(el, name)) return part;
  return 'chrome';
}

/** The elements of `card` that are one of the given parts, in document order. */
export function cardParts(card: Element, ...parts: Array<Exclude<CardPart, 'chrome'>>): Element[] {
  const found: Element[] = [];
  const wanted = new Set<CardPart>(parts);
  walkNodes(card.children, (node) => {
    if (!isElement(node)) return false;
    if (!wanted.has(cardPart(node))) return true;
    found.push(node);
    return false;
  });
  return found;
}

function plainText(node: AnyNode): string {
  const out: string[] = [];
  walkNodes([node], (n) => {
    if (isText(n)) out.push(n.data);
    return hasChildren(n);
  });
  return out.join('');
}

/** host + path, as a card shows a bare link's URL in place of a title. */
function readableUrl(href: string): string {
  try {
    const url = new URL(href);
    return url.hostname.replace(/^www\./, '') + decodeURIComponent(url.pathname).replace(/\/+$/, '');
  } catch {
    return href;
  }
}

/**
 * A bare link's card (a URL alone in its paragraph): its title is the URL, as
 * written, as host + path, or as the card shows it (`.link-card-url`). Not the
 * author's words, so not prose.
 */
export function isBareCard(card: Element): boolean {
  const title = cardParts(card, 'title').map(plainText).join('').trim();
  const href = card.attribs.href ?? '';
  const shown = new Set([href, readableUrl(href)]);
  walkNodes(card.children, (node) => {
    if (!isElement(node)) return false;
    if (!hasClass(node, 'link-card-url')) return true;
    shown.add(plainText(node).trim());
    return false;
  });
  return shown.has(title);
}

/**
 * A URL in running text: ASCII up to the first space or non-ASCII character (a
 * Chinese sentence often runs on right after a link without a space).
 */
export const BARE_URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[\x21-\x7e]*/gi;

/** `text` with every bare URL replaced by a space. */
export function withoutUrls(text: string): string {
  return text.replace(BARE_URL, ' ');
}

// A formula in serialised HTML: KaTeX's MathML copy (with the TeX source) is
// dropped, and so are its zero-width layout characters, so that it reads as its
// visible text.
const KATEX_MATHML = /<span class="katex-mathml"><math[\s\S]*?<\/math><\/span>/g;
const ZERO_WIDTH = /\u200b/g;

/** The visible text of serialised markup (a paragraph's inner HTML, formulas expanded). */
export function visibleText(html: string): string {
  return unescapeHTML(stripHTML(html.replace(KATEX_MATHML, ''))).replace(ZERO_WIDTH, '');
}
