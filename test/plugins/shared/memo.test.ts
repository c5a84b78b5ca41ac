import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Memo } from '../../../plugins/shared/memo';

test('a hit returns the stored value without computing again', () => {
  const memo = new Memo<{ n: number }>(10);
  let calls = 0;
  const first = memo.get('a', () => ({ n: ++calls }));
  const second = memo.get('a', () => ({ n: ++calls }));
  assert.equal(calls, 1);
  assert.equal(second, first);
});

test('the cache keeps at most its limit, dropping the oldest entry first', () => {
  const memo = new Memo<string>(2);
  let calls = 0;
  const value = (key: string) => memo.get(key, () => `${key}${++calls}`);
  value('a');
  value('b');
  value('c');
  assert.equal(memo.size, 2);
  assert.equal(value('c'), 'c3');
  assert.equal(value('b'), 'b2');
  // `a` was dropped: computed again.
  assert.equal(value('a'), 'a4');
});

test('a thrown error is not cached', () => {
  const memo = new Memo<number>(10);
  assert.throws(() => memo.get('x', () => { throw new Error('boom'); }), /boom/);
  assert.equal(memo.get('x', () => 1), 1);
});
