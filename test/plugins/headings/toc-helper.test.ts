import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteToc } from '../../../plugins/headings/toc-helper';

const toc = [
  { level: 2, id: 'a', text: 'A' },
  { level: 3, id: 'b', text: 'B' },
];
const page = (fields: Record<string, unknown>) => ({ source: '_posts/a.md', content: '', toc, ...fields });

test('a note gets its TOC, titled', () => {
  const html = noteToc(page({}), {}, '目录');
  assert.match(html, /^<nav class="toc" aria-label="目录"/);
  assert.match(html, /href="#a".*href="#b"/);
});

test('no TOC when no_toc is true, toc.enable is false, or outside the depth', () => {
  assert.equal(noteToc(page({ no_toc: true }), {}, '目录'), '');
  assert.equal(noteToc(page({}), { theme: { toc: { enable: false } } }, '目录'), '');
  assert.equal(noteToc(page({}), { theme: { toc: { min_depth: 4, max_depth: 5 } } }, '目录'), '');
  assert.equal(noteToc(page({ toc: undefined }), {}, '目录'), '');
});
