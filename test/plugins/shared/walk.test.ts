import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTag, type AnyNode, type ParentNode } from 'domhandler';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { findNode, walkNodes } from '../../../plugins/shared/walk';

const nodesOf = (html: string): AnyNode[] => (parseNoteHtml(html).root()[0] as ParentNode).children;
const name = (node: AnyNode): string => (isTag(node) ? node.tagName : `"${'data' in node ? String(node.data) : ''}"`);

test('enter and leave in document order; a node not entered keeps its children unvisited and is not left', () => {
  const log: string[] = [];
  walkNodes(
    nodesOf('<div><p>a<b>b</b></p><pre><code>c</code></pre></div><p>d</p>'),
    (node) => {
      log.push(`+${name(node)}`);
      return name(node) !== 'pre';
    },
    (node) => log.push(`-${name(node)}`),
  );
  assert.deepEqual(log, ['+div', '+p', '+"a"', '-"a"', '+b', '+"b"', '-"b"', '-b', '-p', '+pre', '-div', '+p', '+"d"', '-"d"', '-p']);
});

test('a walk without leave visits the same nodes in the same order', () => {
  const html = '<ul><li>1<ul><li>2</li></ul></li><li>3</li></ul>';
  const withLeave: string[] = [];
  const without: string[] = [];
  walkNodes(nodesOf(html), (node) => (withLeave.push(name(node)), true), () => undefined);
  walkNodes(nodesOf(html), (node) => (without.push(name(node)), true));
  assert.deepEqual(without, withLeave);
  assert.deepEqual(without, ['ul', 'li', '"1"', 'ul', 'li', '"2"', 'li', '"3"']);
});

test('100,000 nested elements are walked without overflowing the stack', () => {
  const depth = 100_000;
  let entered = 0;
  let left = 0;
  walkNodes(nodesOf(`${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`), () => (entered++, true), () => left++);
  assert.equal(entered, depth + 1);
  assert.equal(left, depth + 1);
});

test('findNode returns the first match in document order and stops there', () => {
  let visited = 0;
  const found = findNode(nodesOf('<p><i>1</i></p><p><b>2</b></p><b>3</b>'), (node) => (visited++, isTag(node) && node.tagName === 'b'));
  assert.ok(found && isTag(found));
  assert.equal(name((found as ParentNode).children[0] as AnyNode), '"2"');
  assert.equal(visited, 5);
  assert.equal(findNode(nodesOf('<p>x</p>'), (node) => isTag(node) && node.tagName === 'b'), undefined);
});
