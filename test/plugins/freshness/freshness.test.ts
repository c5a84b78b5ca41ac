import assert from 'node:assert/strict';
import { test } from 'node:test';
import { laterUpdate, outdatedAfter, outdatedFlagProblem } from '../../../plugins/freshness/freshness';

test('the notice: on by default after 365 days, off per note or site-wide, bad days fall back', () => {
  assert.equal(outdatedAfter(undefined, undefined), 365);
  assert.equal(outdatedAfter({ days: 30 }, undefined), 30);
  assert.equal(outdatedAfter({ days: -1 }, undefined), 365);
  assert.equal(outdatedAfter({ enable: false, days: 30 }, undefined), null);
  assert.equal(outdatedAfter({ days: 30 }, false), null);
  assert.match(outdatedFlagProblem('no') ?? '', /"outdated" is "no", not true or false/);
  assert.equal(outdatedFlagProblem(false), null);
});

test('`updated` is shown only when later than the date', () => {
  assert.equal(laterUpdate(new Date(1), new Date(1)), null);
  assert.equal(laterUpdate(new Date(1), new Date(2))?.valueOf(), 2);
  assert.equal(laterUpdate(new Date(1), undefined), null);
});
