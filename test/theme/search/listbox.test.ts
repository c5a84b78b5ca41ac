import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapIndex } from '../../../themes/notes/browser/search/listbox';

test('the active option wraps: past the last comes the first, before the first the last', () => {
  assert.equal(wrapIndex(3, 3), 0);
  assert.equal(wrapIndex(-1, 3), 2);
  assert.equal(wrapIndex(1, 3), 1);
});

test('no options, no active one', () => {
  assert.equal(wrapIndex(0, 0), -1);
});
