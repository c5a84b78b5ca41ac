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
