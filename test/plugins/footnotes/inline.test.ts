import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineFootnotes, isTextLabel } from '../../../plugins/footnotes/inline';
import { footnoteWarnings } from '../../../plugins/footnotes/problems';

test('a label with a space or sentence punctuation is text; names with - _ . : are labels', () => {
  for (const text of ['这个词组用于描述一种方法。', 'see page 3', '注意，这里', 'a(b)']) assert.ok(isTextLabel(text), text);
  for (const name of ['1', 'note-1', 'ref_a', '2.1', 'a:b', '参考文献', "it's", '见 [论文', '  ']) assert.ok(!isTextLabel(name), name);
});

test('a footnote written in its brackets becomes a reference and a definition after the last line', () => {
  const md = '任务不可知（task-agnostic）[^指不针对特定任务，而是通用的。]的模型。\n\n再次[^指不针对特定任务，而是通用的。]，另见[^1]。\n\n[^1]: 一\n';
  const { markdown, count } = inlineFootnotes(md);
  assert.equal(count, 1);
  assert.equal(markdown, '任务不可知（task-agnostic）[^inline-1]的模型。\n\n再次[^inline-1]，另见[^1]。\n\n[^1]: 一\n\n[^inline-1]: 指不针对特定任务，而是通用的。\n');
  assert.deepEqual(footnoteWarnings(markdown, 0), []);
  // Every line of the note keeps its number.
  assert.equal(markdown.split('\n').indexOf('[^1]: 一'), md.split('\n').indexOf('[^1]: 一'));
});

test('a generated label never takes one the note uses; code and undefined names are left alone', () => {
  const md = '甲[^inline-1] 乙[^一句话。] `丙[^二句话。]`\n\n```\n[^三句话。]\n```\n丁[^typo]\n\n[^inline-1]: 已有';
  const { markdown } = inlineFootnotes(md);
  assert.equal(markdown, '甲[^inline-1] 乙[^inline-2] `丙[^二句话。]`\n\n```\n[^三句话。]\n```\n丁[^typo]\n\n[^inline-1]: 已有\n\n[^inline-2]: 一句话。\n');
  assert.deepEqual(footnoteWarnings(markdown, 0).map((w) => w.message), ['footnote [^typo] has no definition ("[^typo]: …"); shown as text']);
  assert.deepEqual(inlineFootnotes('无脚注\n'), { markdown: '无脚注\n', count: 0 });
});
