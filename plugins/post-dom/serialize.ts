// The note's DOM back to HTML, as cheerio's html() writes it, whatever its depth.
// dom-serializer recurses once per level (three frames each), so a note of
// 5,000 nested <div> overflowed the stack where plain Hexo, which never parses
// the note, renders it. Subtrees of ordinary height still go to dom-serializer
// in one call; only the levels of a deeper tree are written here, one open and
// one close tag at a time, from an explicit stack.
import { render, type DomSerializerOptions } from 'dom-serializer';
import { Element, Text, hasChildren, isTag, type AnyNode, type ParentNode } from 'domhandler';

/** Subtrees lower than this are rendered by dom-serializer directly (far below the stack's limit). */
const SHALLOW = 200;

/** Each node's height (a leaf is 0), computed without recursion. */
function heights(nodes: readonly AnyNode[]): Map<AnyNode, number> {
  const height = new Map<AnyNode, number>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    order.push(node);
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  // Children come after their parent in `order`: walking it backwards sees them first.
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as AnyNode;
    let h = 0;
    if (hasChildren(node)) for (const child of node.children) h = Math.max(h, (height.get(child) ?? 0) + 1);
    height.set(node, h);
  }
  return height;
}

/** `<name attrs>` and `</name>` as dom-serializer writes them for an HTML (not SVG/MathML) element. */
function tagPair(elem: Element, options: DomSerializerOptions): [string, string] {
  const shell = new Element(elem.name, elem.attribs);
  // A child, so that the shell is written with a close tag rather than as empty.
  shell.children = [new Text('')];
  const html = render(shell, options);
  const at = html.lastIndexOf('</');
  return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}

const FOREIGN = new Set(['svg', 'math']);

/** The children of `root`, serialised; `options` as given to cheerio's html(). */
export function serializeChildren(root: ParentNode, options: DomSerializerOptions): string {
  return serializeNodes(root.children, options);
}

/** Whether no node under `nodes` is `SHALLOW` levels deep: the common case, written in one call. */
function isShallow(nodes: readonly AnyNode[]): boolean {
  const stack: AnyNode[] = [...nodes];
  const depths: number[] = nodes.map(() => 0);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const depth = depths.pop() as number;
    if (!hasChildren(node)) continue;
    if (depth + 1 >= SHALLOW) return false;
    for (const child of node.children) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return true;
}

/** Sibling nodes, serialised one after the other; `options` as given to cheerio's html(). */
export function serializeNodes(nodes: readonly AnyNode[], options: DomSerializerOptions): string {
  if (isShallow(nodes)) return render(nodes, options);
  const height = heights(nodes);
  const out: string[] = [];
  // Nodes to write, or a close tag to write once a deep element's children are done.
  const stack: Array<AnyNode | string> = [...nodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | string;
    if (typeof item === 'string') {
      out.push(item);
    } else if ((height.get(item) ?? 0) < SHALLOW || !isTag(item) || FOREIGN.has(item.name)) {
      // SVG and MathML change how their subtree is written: dom-serializer writes them whole.
      out.push(render(item, options));
    } else {
      const [open, close] = tagPair(item, options);
      out.push(open);
      stack.push(close);
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as AnyNode);
    }
  }
  return out.join('');
}
