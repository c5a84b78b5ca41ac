import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTransforms, sortTransforms, type PostTransform } from '../../../plugins/post-dom/transforms';

const post = (content: string) => ({ source: '_posts/a.md', content });

test('transforms run in priority order over one parse and the HTML keeps CJK as text', () => {
  const seen: string[] = [];
  const transforms: PostTransform[] = [
    { name: 'b', priority: 20, run: ($) => { seen.push(`b:${$('p').attr('data-a') ?? ''}`); } },
    { name: 'a', priority: 5, run: ($) => { seen.push('a'); $('p').attr('data-a', '1'); } },
  ];
  const { html, failures } = applyTransforms(post('<p>中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>'), sortTransforms(transforms));
  assert.deepEqual(seen, ['a', 'b:1']);
  assert.deepEqual(failures, []);
  assert.equal(html, '<p data-a="1">中文 &amp; <a href="/x?a=1&amp;b=2">x</a></p>');
});

test('a failing transform is reported and the others still run', () => {
  const transforms: PostTransform[] = [
    { name: 'broken', run: () => { throw new Error('boom'); } },
    { name: 'ok', run: ($) => { $('p').addClass('done'); } },
  ];
  const { html, failures } = applyTransforms(post('<p>x</p>'), transforms);
  assert.equal(html, '<p class="done">x</p>');
  assert.equal(failures.length, 1);
  assert.equal(failures[0]?.name, 'broken');
});

test('transforms may store derived data on the post', () => {
  const p: { source: string; content: string; [k: string]: unknown } = post('<h2>a</h2><h2>b</h2>');
  applyTransforms(p, [{ name: 'count', run: ($, data) => { data.headings = $('h2').length; } }]);
  assert.equal(p.headings, 2);
});
