import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTransforms, nodesHtml, noteHtml, parseNoteHtml, sortTransforms, type PostTransform } from '../../../plugins/post-dom/transforms';

const post = (content: string) => ({ source: '_posts/a.md', content });

test('writers run in their order over one parse and the HTML keeps CJK as text', () => {
  const seen: string[] = [];
  const transforms: PostTransform[] = [
    { name: 'b', phase: 'write', order: 20, run: ($) => { seen.push(`b:${$('p').attr('data-a') ?? ''}`); } },
    { name: 'a', phase: 'write', order: 5, run: ($) => { seen.push('a'); $('p').attr('data-a', '1'); } },
  ];
  const { html, failures } = applyTransforms(post('<p>中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>'), sortTransforms(transforms));
  assert.deepEqual(seen, ['a', 'b:1']);
  assert.deepEqual(failures, []);
  assert.equal(html, '<p data-a="1">中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>');
});

test('a failing transform is reported and the others still run', () => {
  const transforms: PostTransform[] = [
    { name: 'broken', phase: 'write', order: 1, run: () => { throw new Error('boom'); } },
    { name: 'ok', phase: 'write', order: 2, run: ($) => { $('p').addClass('done'); } },
  ];
  const { html, failures } = applyTransforms(post('<p>x</p>'), transforms);
  assert.equal(html, '<p class="done">x</p>');
  assert.equal(failures.length, 1);
  assert.equal(failures[0]?.name, 'broken');
});

test('transforms may store derived data on the post', () => {
  const p: { source: string; content: string; [k: string]: unknown } = post('<h2>a</h2><h2>b</h2>');
  applyTransforms(p, [{ name: 'count', phase: 'read', run: ($, data) => { data.headings = $('h2').length; } }]);
  assert.equal(p.headings, 2);
});

test('every reader runs after every writer, whatever the order they were registered in', () => {
  const seen: string[] = [];
  const transforms: PostTransform[] = [
    { name: 'z-reader', phase: 'read', run: ($) => { seen.push(`z:${$('p').attr('class') ?? ''}`); } },
    { name: 'late-writer', phase: 'write', order: 30, run: ($) => { $('p').addClass('late'); seen.push('late'); } },
    { name: 'a-reader', phase: 'read', run: ($) => { seen.push(`a:${$('p').attr('class') ?? ''}`); } },
    { name: 'early-writer', phase: 'write', order: 10, run: ($) => { $('p').addClass('early'); seen.push('early'); } },
  ];
  applyTransforms(post('<p>x</p>'), sortTransforms(transforms));
  assert.deepEqual(seen, ['early', 'late', 'a:early late', 'z:early late']);
  applyTransforms(post('<p>x</p>'), sortTransforms([...transforms].reverse()));
  assert.deepEqual(seen.slice(4), ['early', 'late', 'a:early late', 'z:early late']);
});

test('two writers with one order are refused, naming both', () => {
  assert.throws(
    () => sortTransforms([
      { name: 'one', phase: 'write', order: 10, run: () => undefined },
      { name: 'two', phase: 'write', order: 10, run: () => undefined },
    ]),
    /one and two share order 10/,
  );
});

test('some sibling nodes are written as the whole note writes them, however deep', () => {
  const deep = `${'<div>'.repeat(1_000)}深${'</div>'.repeat(1_000)}`;
  const html = `<p>中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>${deep}<p>end</p>`;
  const dom = parseNoteHtml(html);
  const nodes = dom.root()[0]?.children ?? [];
  assert.equal(nodesHtml(nodes), noteHtml(dom));
  assert.equal(nodesHtml(nodes.slice(1, 2)), deep);
  assert.equal(nodesHtml(nodes.slice(0, 1)), '<p>中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>');
  assert.equal(nodesHtml([]), '');
});
