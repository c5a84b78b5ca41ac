import assert from 'node:assert/strict';
import { test } from 'node:test';
import { footnoteWarnings } from '../../../plugins/footnotes/problems';

test('a reference without a definition and a definition never used warn at their lines', () => {
  const md = 'a[^1] b[^gone]\n\n[^1]: one\n[^spare]: never used\n';
  assert.deepEqual(footnoteWarnings(md, 10), [
    { line: 11, message: 'footnote [^gone] has no definition ("[^gone]: …"); shown as text' },
    { line: 14, message: 'footnote [^spare] is defined but never referenced; it is not shown' },
  ]);
});

test('footnotes in code blocks and code spans are not footnotes; repeated references are fine', () => {
  assert.deepEqual(footnoteWarnings('x[^a] y[^a] `[^b]`\n\n```\n[^c]\n```\n\n[^a]: A\n', 0), []);
});

test('a label that is a whole sentence (the footnote written inside the brackets) is cut to 40 characters in the message', () => {
  const label = '这个词组用于描述一种不针对任何特定任务进行优化的方法或模型。在机器学习和人工智能的背景下，它通常指的是一种方法';
  const [warning] = footnoteWarnings(`正文[^${label}]\n`, 0);
  const shown = `${[...label].slice(0, 40).join('')}…`;
  assert.equal(warning?.message, `footnote [^${shown}] has no definition ("[^${shown}]: …"); shown as text`);
});
