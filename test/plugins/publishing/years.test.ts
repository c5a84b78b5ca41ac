import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearSpan } from '../../../plugins/publishing/years';

test('the footer years span the notes', () => {
  assert.equal(yearSpan([]), '');
  assert.equal(yearSpan([2024, 2024]), '2024');
  assert.equal(yearSpan([2025, 2021, 2023]), '2021–2025');
});
