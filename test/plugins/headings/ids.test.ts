import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignHeadingIds, headingSlug, slugify, tocEntries } from '../../../plugins/headings/ids';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

/** A heading as hexo-renderer-marked writes it. */
const marked = (level: number, id: string, text: string) =>
  `<h${level} id="${id}"><a href="#${id}" class="headerlink" title="${text}"></a>${text}</h${level}>`;

test('a heading gets the id hexo-renderer-marked gave it, unless it is taken', () => {
  assert.deepEqual(ids(marked(2, '一、概述', '一、概述') + marked(2, '二、架构', '二、架构') + marked(2, '二、架构-1', '二、架构')), ['一、概述', '二、架构', '二、架构-1']);
});

function ids(html: string): string[] {
  const $ = parseNoteHtml(html);
  assignHeadingIds($);
  return $('h1, h2, h3, h4, h5, h6').map((_, h) => $(h).attr('id')).get();
}

test("heading ids are Hexo's: ASCII punctuation becomes one dash, full-width punctuation stays", () => {
  assert.equal(headingSlug('微调(Fine Tuning)'), '微调-Fine-Tuning');
  assert.equal(headingSlug('W&B (wandb)'), 'W-B-wandb');
  // What hexo-renderer-marked gives, so `[下文](#二、架构)` written for a Hexo site still lands.
  assert.equal(headingSlug('二、架构'), '二、架构');
  assert.equal(headingSlug('中文（全角）：标点'), '中文（全角）：标点');
  assert.equal(headingSlug('  Café au lait  '), 'Cafe-au-lait');
  assert.equal(headingSlug('RAG Overview', 1), 'rag-overview');
  assert.equal(headingSlug('!!!'), '');
});

test('path slugs keep Chinese and case; punctuation of any width becomes one dash', () => {
  assert.equal(slugify('微调(Fine Tuning)'), '微调-Fine-Tuning');
  assert.equal(slugify('W&B (wandb)'), 'W-B-wandb');
  assert.equal(slugify('中文（全角）：标点'), '中文-全角-标点');
  assert.equal(slugify('  Continue  '), 'Continue');
  assert.equal(slugify('!!!'), '');
});

test('repeated heading texts get their own ids, never one already taken', () => {
  const html = marked(2, '用法', '用法') + marked(2, '用法-1', '用法') + marked(2, '用法-1', '用法-1') + marked(3, '用法-2', '用法');
  assert.deepEqual(ids(html), ['用法', '用法-1', '用法-1-1', '用法-2']);
});

test('punctuation-only headings and layout ids get usable ids', () => {
  assert.deepEqual(ids(marked(2, '', '!!!') + marked(2, '', '???') + marked(2, 'content', 'content')), ['section', 'section-1', 'content-1']);
});

test('the headerlink follows the new id; ids of other elements are avoided', () => {
  const $ = parseNoteHtml(`<p id="note-a">x</p>${marked(2, 'note-a', 'note a')}`);
  assignHeadingIds($);
  assert.equal($('h2').attr('id'), 'note-a-1');
  assert.equal($('h2 a.headerlink').attr('href'), '#note-a-1');
});

test('a raw HTML heading keeps its own id when free', () => {
  assert.deepEqual(ids('<h2 id="mine">自定义</h2><h2>无 id</h2><h2 id="mine">重复</h2>'), ['mine', '无-id', '重复']);
});

test('TOC entries: text without the headerlink, formulas as TeX, none from code blocks', () => {
  const $ = parseNoteHtml(
    marked(2, 'a', '简介') +
      '<h3 id="b"><a href="#b" class="headerlink" title=""></a>复杂度 <span class="math math-inline"><span class="katex"><annotation encoding="application/x-tex">O(n^2)</annotation>O(n2)</span></span></h3>' +
      '<figure class="code-block"><pre><code><h2>not a heading</h2></code></pre></figure>',
  );
  assignHeadingIds($);
  assert.deepEqual(tocEntries($), [
    { level: 2, id: '简介', text: '简介' },
    { level: 3, id: '复杂度-O-n-2', text: '复杂度 O(n^2)' },
  ]);
});
