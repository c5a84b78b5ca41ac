// Depth-first walks over a parsed note without recursion: a note may nest
// elements thousands deep (5,000 <div> is valid HTML that marked passes
// through), and a recursive walk overflows the stack where plain Hexo renders it.
import type { AnyNode } from 'domhandler';

function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

/**
 * Visits `nodes` and their descendants in document order. `enter` returns true
 * to visit the node's children; `leave` runs after them, for the nodes entered so.
 */
export function walkNodes(nodes: readonly AnyNode[], enter: (node: AnyNode) => boolean, leave?: (node: AnyNode) => void): void {
  // Nodes to visit, and beside each whether it is one whose children are done
  // (`leave` is due): two flat stacks, since a walk visits every node of a note,
  // several times per build, and an object per visit kept the collector busy.
  const stack: AnyNode[] = [];
  const done: boolean[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    stack.push(nodes[i] as AnyNode);
    done.push(false);
  }
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (done.pop() === true) {
      leave?.(node);
      continue;
    }
    if (!enter(node)) continue;
    if (leave) {
      stack.push(node);
      done.push(true);
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i] as AnyNode);
      done.push(false);
    }
  }
}

/** The first node, in document order, for which `matches` is true, under `nodes`. */
export function findNode(nodes: readonly AnyNode[], matches: (node: AnyNode) => boolean): AnyNode | undefined {
  let found: AnyNode | undefined;
  walkNodes(nodes, (node) => {
    if (found) return false;
    if (matches(node)) found = node;
    return !found;
  });
  return found;
}
