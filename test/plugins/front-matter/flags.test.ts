import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFlags, flagOn } from '../../../plugins/front-matter/flags';

test('flags: only true is on; non-booleans warn with file, key and value', () => {
  assert.equal(flagOn(true), true);
  for (const v of [false, undefined, 'true', 1, null]) assert.equal(flagOn(v), false);
  assert.deepEqual(checkFlags('a.md', { no_toc: false, no_word_count: true }), []);
  assert.deepEqual(checkFlags('a.md', {}), []);
  const problems = checkFlags('source/_posts/a.md', { no_toc: 'sometimes', no_word_count: 3 });
  assert.deepEqual(problems.map((p) => [p.level, p.file]), [['warn', 'source/_posts/a.md'], ['warn', 'source/_posts/a.md']]);
  assert.match(problems[0]?.message ?? '', /no_word_count.*3/);
  assert.match(problems[1]?.message ?? '', /no_toc.*"sometimes"/);
  assert.match(checkFlags('a.md', { no_toc: null })[0]?.message ?? '', /no_toc.*null/);
});
