import assert from 'node:assert/strict';
import { test } from 'node:test';
import YAML from 'yaml';
import { parseArgs } from '../../bench/args';
import { describeOutcome } from '../../bench/pathological-run';
import { caseNote, PATHOLOGICAL } from '../../bench/pathological';

test('--pathological runs once per side unless --runs says otherwise', () => {
  assert.deepEqual([parseArgs(['--pathological']).pathological, parseArgs(['--pathological']).runs], [true, 1]);
  assert.equal(parseArgs(['--pathological', '--runs', '3']).runs, 3);
  assert.equal(parseArgs([]).pathological, false);
});

test('each case is a note both sites publish at /<name>/', () => {
  assert.deepEqual(PATHOLOGICAL.map((c) => c.name), ['formulas', 'divs', 'quotes', 'stars', 'table']);
  for (const c of PATHOLOGICAL) {
    const front = YAML.parse(caseNote(c).split('---\n')[1] ?? '') as { id: string };
    assert.equal(front.id, c.name);
  }
  assert.equal((PATHOLOGICAL[0]?.body().match(/\$a_\{1\}\$/g) ?? []).length, 20_000);
});

test('outcomes: written, errors named, FATAL', () => {
  assert.equal(describeOutcome({ code: 0, output: 'INFO  done\n' }, true), 'page written');
  assert.equal(describeOutcome({ code: 0, output: 'ERROR source/_posts/quotes.md: failed\n' }, false), 'page not written, 1 error(s): ERROR source/_posts/quotes.md: failed');
  assert.equal(describeOutcome({ code: 2, output: 'FATAL Something went wrong\n' }, false), 'page not written, FATAL, exit 2');
});
