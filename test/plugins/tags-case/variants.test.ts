import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseVariants, caseWarning, mergedTags, renames } from '../../../plugins/tags-case/variants';

test('spellings that differ only in case, counted once per note, the most used preferred', () => {
  const groups = caseVariants([['Java', 'java'], ['JAVA'], ['JAVA', 'x'], ['Java'], ['X']]);
  assert.deepEqual(groups, [
    { preferred: 'JAVA', spellings: [{ name: 'JAVA', count: 2 }, { name: 'Java', count: 2 }, { name: 'java', count: 1 }] },
    { preferred: 'X', spellings: [{ name: 'X', count: 1 }, { name: 'x', count: 1 }] },
  ]);
  assert.match(caseWarning(groups[0]!, false), /"JAVA" \(2 notes\), "Java" \(2 notes\), "java" \(1 note\) differ only in case; set tags_case: merge/);
  assert.deepEqual(mergedTags(['java', 'y', 'Java'], renames(groups)), ['JAVA', 'y']);
  assert.deepEqual(caseVariants([['a'], ['b']]), []);
});
