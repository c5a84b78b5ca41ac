import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeferredHtml } from '../../../plugins/post-dom/deferred';
import { applyTransforms } from '../../../plugins/post-dom/transforms';

test('markup set aside comes back in place after the one parse, and transforms never see it', () => {
  const deferred = new DeferredHtml();
  const post = { source: '_posts/a.md', content: '' };
  const formula = '<span class="katex"><span class="katex-html">x<sup>2</sup></span></span>';
  post.content = `<p>见 <span class="math math-inline">${deferred.defer(post, formula)}</span> 和 <span class="math">${deferred.defer(post, '<b>y</b>')}</span></p>`;
  let seen = '';
  const { html } = applyTransforms(post, [{ name: 'reader', phase: 'read', run: ($) => { seen = $('.math').first().html() ?? ''; } }]);
  assert.doesNotMatch(seen, /katex/, 'the DOM holds only the placeholder');
  assert.equal(deferred.expand(post, html), `<p>见 <span class="math math-inline">${formula}</span> 和 <span class="math"><b>y</b></span></p>`);
});

test('placeholders belong to their note and to this process; released notes and look-alikes stay as they are', () => {
  const a = new DeferredHtml();
  const b = new DeferredHtml();
  const one = {};
  const two = {};
  const text = a.defer(one, '<i>1</i>');
  assert.equal(a.expand(two, text), text, 'another note does not own it');
  assert.equal(b.expand(one, text), text, 'another store does not know its nonce');
  const lookalike = text.replace(/\.0/, '.7');
  assert.equal(a.expand(one, lookalike), lookalike, 'an index with no markup stays');
  a.release(one);
  assert.equal(a.expand(one, text), text);
});

test('stray private-use marks in a note stay as they are, next to real placeholders', () => {
  const deferred = new DeferredHtml();
  const post = {};
  const a = deferred.defer(post, '<i>a</i>');
  const b = deferred.defer(post, '<i>b</i>');
  const text = `\uE000x\uE001 ${a}${b} \uE000 tail \uE001${a}`;
  assert.equal(deferred.expand(post, text), '\uE000x\uE001 <i>a</i><i>b</i> \uE000 tail \uE001<i>a</i>');
});
