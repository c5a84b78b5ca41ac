import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rewriteContainers } from '../../../plugins/callouts/containers';

const t = (key: string): string => `«${key}»`;
const rewrite = (md: string) => rewriteContainers(md, { lineOffset: 5, t });

test('a container becomes HTML on the marker lines; every line keeps its number', () => {
  const md = '::: tip 标题 <b>\n- 列表\n:::\n';
  const { markdown, warnings } = rewrite(md);
  assert.deepEqual(warnings, []);
  const lines = markdown.split('\n');
  assert.equal(lines.length, md.split('\n').length);
  assert.match(lines[0] ?? '', /^<!--callout--><aside class="callout" data-kind="tip" role="note"><p class="callout-title"><svg[^>]*>.*<\/svg><span class="sr-only">«callout_tip»：<\/span>标题 &lt;b&gt;<\/p>$/);
  assert.equal(lines[1], '- 列表');
  assert.equal(lines[2], '<!--/callout--></aside>');
});

test('details and nested containers; the inner ::: closes the inner one', () => {
  const { markdown } = rewrite('::: details\n::: warning\nx\n:::\n:::');
  assert.deepEqual(markdown.split('\n').map((l) => l.replace(/<svg.*<\/svg>/, '')), [
    '<!--callout--><details class="callout" data-kind="details"><summary>«callout_details»</summary>',
    '<!--callout--><aside class="callout" data-kind="warning" role="note"><p class="callout-title"><span class="callout-kind">«callout_warning»</span></p>',
    'x',
    '<!--/callout--></aside>',
    '<!--/callout--></details>',
  ]);
});

test('::: inside a code block stays code', () => {
  const md = '```text\n::: tip\n:::\n```\n';
  assert.deepEqual(rewrite(md), { markdown: md, warnings: [] });
});

test('a code group gets a tab per fence: its [title], else its language', () => {
  const { markdown } = rewrite('::: code-group\n\n```sh [pip]\npip i\n```\n\n```python\nx\n```\n\n:::\n');
  const first = markdown.split('\n')[0] ?? '';
  assert.deepEqual([...first.matchAll(/data-title="([^"]+)"/g)].map((m) => m[1]), ['pip', 'python']);
  assert.match(first, /role="tablist"/);
  assert.ok(markdown.includes('```sh [pip]'));
});

test('broken forms warn with the file line and stay text', () => {
  const md = 'a\n::: mystery\n:::\n::: tip 没闭合\n正文';
  const { markdown, warnings } = rewrite(md);
  assert.equal(markdown, md);
  assert.deepEqual(
    warnings.map((w) => w.line),
    [7, 8, 9],
  );
  assert.match(warnings[0]?.message ?? '', /unknown container "::: mystery"/);
  assert.match(warnings[1]?.message ?? '', /closes no container/);
  assert.match(warnings[2]?.message ?? '', /"::: tip" is never closed/);
});

test('a container inside a list item is indented to the item text; its lines keep that indent', () => {
  const md = '1. 安装：\n\n   ::: tip 提示\n   先装 Docker。\n   :::\n\n- 外层\n  - 内层\n\n    ::: warning\n    注意\n    :::\n';
  const { markdown, warnings } = rewrite(md);
  assert.deepEqual(warnings, []);
  const lines = markdown.split('\n');
  assert.match(lines[2] ?? '', /^ {3}<!--callout--><aside class="callout" data-kind="tip"/);
  assert.equal(lines[4], '   <!--/callout--></aside>');
  assert.match(lines[9] ?? '', /^ {4}<!--callout--><aside class="callout" data-kind="warning"/);
  assert.equal(lines[11], '    <!--/callout--></aside>');
});

test('four spaces beyond the text (or outside any list) a ::: is indented code and stays as written', () => {
  const md = 'para\n\n    ::: tip\n    x\n    :::\n\n- item\n\n      ::: tip\n      :::\n';
  assert.deepEqual(rewrite(md), { markdown: md, warnings: [] });
});

test('a list ends at an unindented line: a ::: indented below it is code again', () => {
  const md = '- item\n\n正文\n\n    ::: tip\n    :::\n';
  assert.deepEqual(rewrite(md), { markdown: md, warnings: [] });
});

test('a container inside a quote is read after the >s; its tags keep the quote prefix', () => {
  const md = '> 引用\n>\n> ::: tip 提示\n> 先装 Docker。\n> :::\n\n> > ::: warning\n> > 内层\n> > :::\n';
  const { markdown, warnings } = rewrite(md);
  assert.deepEqual(warnings, []);
  const lines = markdown.split('\n');
  assert.match(lines[2] ?? '', /^> <!--callout--><aside class="callout" data-kind="tip"/);
  assert.equal(lines[3], '> 先装 Docker。');
  assert.equal(lines[4], '> <!--/callout--></aside>');
  assert.match(lines[6] ?? '', /^> > <!--callout--><aside class="callout" data-kind="warning"/);
  assert.equal(lines[8], '> > <!--/callout--></aside>');
});

test('a ::: closes only at its quote depth; a ::: in a quoted code block stays code', () => {
  const { markdown, warnings } = rewrite('> ::: tip\n> x\n\n:::\n');
  assert.equal(markdown, '> ::: tip\n> x\n\n:::\n');
  assert.deepEqual(warnings.map((w) => w.line), [9, 6]);
  assert.match(warnings[0]?.message ?? '', /depth 0 cannot close "::: tip" \(line 6, depth 1\)/);
  assert.match(warnings[1]?.message ?? '', /never closed/);
  const code = '> ```text\n> ::: tip\n> :::\n> ```\n';
  assert.deepEqual(rewrite(code), { markdown: code, warnings: [] });
});

test('a list inside a quote: the marker is indented to the item text as read inside the quote', () => {
  const { markdown, warnings } = rewrite('> 1. 步骤\n>\n>    ::: note\n>    说明\n>    :::\n');
  assert.deepEqual(warnings, []);
  assert.match(markdown.split('\n')[2] ?? '', /^> {4}<!--callout--><aside class="callout" data-kind="note"/);
});
