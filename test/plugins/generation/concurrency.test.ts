import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONCURRENCY, readConcurrency, withConcurrency } from '../../../plugins/generation/concurrency';

test('generate.concurrency: a whole number ≥ 1, else the default with what was ignored', () => {
  assert.deepEqual(readConcurrency(undefined), { concurrency: DEFAULT_CONCURRENCY, ignored: null });
  assert.deepEqual(readConcurrency({}), { concurrency: DEFAULT_CONCURRENCY, ignored: null });
  assert.deepEqual(readConcurrency({ concurrency: 8 }), { concurrency: 8, ignored: null });
  for (const bad of [0, -1, 2.5, 'many', true]) {
    assert.deepEqual(readConcurrency({ concurrency: bad }), { concurrency: DEFAULT_CONCURRENCY, ignored: JSON.stringify(bad) });
  }
});

test('the command line wins: -c and --concurrency are kept as given', () => {
  assert.deepEqual(withConcurrency({ _: [] }, 32), { _: [], concurrency: 32 });
  assert.deepEqual(withConcurrency({ _: [], c: 4 }, 32), { _: [], c: 4 });
  assert.deepEqual(withConcurrency({ _: [], concurrency: 'Infinity' }, 32), { _: [], concurrency: 'Infinity' });
});
