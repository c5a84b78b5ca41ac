// The prose of a rendered note, as the markup contract defines it for readers:
// math, mermaid diagrams and code blocks are skipped, inside a link card only its
// title is prose, plus its caption: the author's own label before the link
// ("项目地址："), so that a note counts the same with cards on or off. A bare
// link's card title is its URL, which does not count. Markup never counts; block
// boundaries separate words.
import type { AnyNode, Element, Text } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { walkNodes } from '../shared/walk';

/** Elements whose text runs on into the text around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'pre', 'textarea']);

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
  return (el.attribs.class ?? '').split(/\s+/).includes(name);
}

/** True for elements whose content is not prose (math, diagrams, code blocks). */
export function isSkipped(el: Element): boolean {
  if (NEVER_TEXT.has(el.name)) return true;
  if (hasClass(el, 'math') || hasClass(el, 'headerlink')) return true;
  return el.name === 'figure' && (hasClass(el, 'code-block') || hasClass(el, 'code-file'));
}

function collect(nodes: readonly AnyNode[], out: string[]): void {
  walkNodes(
    nodes,
    (node) => {
      if (isText(node)) {
        out.push(node.data);
        return false;
      }
      // The document root holds the note; comments and directives hold no prose.
      if (!isElement(node)) return hasChildren(node) && (node.type as string) === 'root';
      if (isSkipped(node)) {
        out.push(' ');
        return false;
      }
      const inline = INLINE.has(node.name);
      if (!inline) out.push(' ');
      if (node.name !== 'a' || !hasClass(node, 'link-card')) return true;
      collectCard(node, out);
      if (!inline) out.push(' ');
      return false;
    },
    (node) => {
      if (isElement(node) && !INLINE.has(node.name)) out.push(' ');
    },
  );
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

function textOf(node: AnyNode): string {
  const out: string[] = [];
  collect([node], out);
  return out.join('').trim();
}

function collectCard(card: Element, out: string[]): void {
  walkNodes(card.children, (node) => {
    if (!isElement(node)) return false;
    if (hasClass(node, 'link-card-caption')) {
      out.push(' ', textOf(node), ' ');
      return false;
    }
    if (hasClass(node, 'link-card-title')) {
      const title = textOf(node);
      const href = card.attribs.href ?? '';
      if (title !== href && title !== readableUrl(href)) out.push(' ', title, ' ');
      return false;
    }
    return true;
  });
}

/** The note's prose as plain text. */
export function proseText($: NoteDom): string {
  const out: string[] = [];
  collect($.root().toArray(), out);
  return out.join('');
}
