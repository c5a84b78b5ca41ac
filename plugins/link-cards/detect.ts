// Which links in a rendered note become cards: a paragraph whose only content is
// one link, optionally after a short label ending in a colon, or a bare URL alone
// in its paragraph. The same function serves the build and `hexo linkcards`.
import { isComment, isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { walkNodes } from '../shared/walk';

export interface CardCandidate {
  /** The paragraph the card replaces. */
  paragraph: Element;
  /** The link's href as written (entities decoded). */
  href: string;
  url: URL;
  /** The link text (plain text). */
  text: string;
  /** The label before the link, without its colon (`项目地址`), or null. */
  label: string | null;
  /** The link text is the URL itself (an autolinked bare URL). */
  bare: boolean;
}

/** Longest label (in characters, colon excluded) still read as a caption, not a sentence. */
export const MAX_LABEL_LENGTH = 20;
const LABEL = /^(.+?)\s*[:：]\s*$/su;
/** Where a lone link is part of something else: lists, quotes, tables, headings, figures (and `.link-card`). */
const NOT_A_CARD_CONTEXT = new Set(['li', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'dl', 'details', 'a', 'button', 'nav']);
/** Formatting that may wrap the link text; anything else (an image, media) means no card. */
const TEXT_ELEMENTS = new Set(['code', 'strong', 'em', 'b', 'i', 'del', 's', 'mark', 'span', 'sub', 'sup', 'kbd', 'small', 'wbr']);

function isBlank(node: AnyNode): boolean {
  if (isComment(node)) return true;
  return isText(node) && node.data.trim() === '';
}

/** The absolute http(s) URL of a card link, or null. */
export function cardUrl(href: string): URL | null {
  if (!/^https?:\/\//i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Whether every element inside the link is formatting (one walk, no selector engine). */
function onlyText(link: Element): boolean {
  let only = true;
  walkNodes(link.children, (node) => {
    if (!only || !isTag(node)) return false;
    only = TEXT_ELEMENTS.has(node.tagName.toLowerCase());
    return only;
  });
  return only;
}

function labelOf(node: AnyNode): string | null | undefined {
  if (!isText(node)) return undefined;
  const match = LABEL.exec(node.data.trim());
  const label = match?.[1]?.trim();
  if (!label || [...label].length > MAX_LABEL_LENGTH || /[\n。！？!?]/u.test(label)) return undefined;
  return label;
}

/** A paragraph with no NOT_A_CARD_CONTEXT ancestor (the walk below does not enter them). */
function candidateOf($: NoteDom, paragraph: Element): CardCandidate | null {
  const nodes = paragraph.children.filter((node) => !isBlank(node));
  const link = nodes[nodes.length - 1];
  if (!link || !isTag(link) || link.tagName !== 'a' || nodes.length > 2) return null;
  let label: string | null = null;
  if (nodes.length === 2) {
    const found = labelOf(nodes[0] as AnyNode);
    if (found === undefined) return null;
    label = found;
  }
  const href = link.attribs.href;
  if (href === undefined || $(link).hasClass('headerlink')) return null;
  const url = cardUrl(href);
  if (!url || !onlyText(link)) return null;
  const text = $(link).text().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const bare = text === href.trim() || text === url.href || cardUrl(text)?.href === url.href;
  return { paragraph, href: href.trim(), url, text, label, bare };
}

function isCardContext(el: Element): boolean {
  return NOT_A_CARD_CONTEXT.has(el.tagName.toLowerCase()) || (el.attribs.class?.split(/\s+/).includes('link-card') ?? false);
}

/** One walk over the note: paragraphs in document order, skipping whole subtrees where no card can be. */
function collect($: NoteDom, nodes: AnyNode[], found: CardCandidate[]): void {
  walkNodes(nodes, (node) => {
    if (!isTag(node)) return false;
    if (node.tagName === 'p') {
      const candidate = candidateOf($, node);
      if (candidate) found.push(candidate);
    }
    return !isCardContext(node);
  });
}

/** Every card in document order. */
export function findCardCandidates($: NoteDom): CardCandidate[] {
  const found: CardCandidate[] = [];
  const root = $.root()[0];
  if (root) collect($, root.children, found);
  return found;
}
