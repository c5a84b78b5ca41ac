import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPinned, stickyFromTop } from '../../../plugins/pinned/pin';

test('top: true is sticky 1, top: N is N; a note with its own sticky, or top false / 0 / text, gets none', () => {
  assert.equal(stickyFromTop({ top: true }), 1);
  assert.equal(stickyFromTop({ top: 5 }), 5);
  assert.equal(stickyFromTop({ top: true, sticky: 0 }), null);
  for (const top of [false, 0, -1, 'yes', undefined, Number.NaN]) assert.equal(stickyFromTop({ top }), null, String(top));
});

test('pinned means a positive sticky, as hexo-generator-index sorts (numbers written as text too)', () => {
  assert.equal(isPinned({ sticky: 100 }), true);
  assert.equal(isPinned({ sticky: '2' }), true);
  for (const sticky of [0, -3, undefined, null, 'no']) assert.equal(isPinned({ sticky }), false, String(sticky));
});
