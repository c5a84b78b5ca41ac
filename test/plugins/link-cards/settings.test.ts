import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pool } from '../../../plugins/link-cards/command';
import { cardsEnabled, DEFAULTS, readSettings } from '../../../plugins/link-cards/settings';

test('settings take defaults for missing or invalid keys', () => {
  assert.deepEqual(readSettings(undefined), DEFAULTS);
  assert.equal(readSettings(false).enable, false);
  const s = readSettings({ enable: false, image_dir: '/img/cards/', fetch: { timeout: 500, concurrency: -1, max_redirects: 0, max_bytes: 'x' } });
  assert.equal(s.enable, false);
  assert.equal(s.image_dir, 'img/cards');
  assert.deepEqual(s.fetch, { ...DEFAULTS.fetch, timeout: 500, max_redirects: 0 });
  assert.equal(readSettings({ image_dir: '../outside' }).image_dir, DEFAULTS.image_dir);
});

test('cards are on unless the site or the note turns them off', () => {
  assert.equal(cardsEnabled(DEFAULTS, {}), true);
  assert.equal(cardsEnabled(DEFAULTS, { link_cards: false }), false);
  assert.equal(cardsEnabled({ ...DEFAULTS, enable: false }, {}), false);
});

test('the pool never runs more tasks at once than its limit and runs each once', async () => {
  let running = 0;
  let peak = 0;
  const seen: number[] = [];
  await pool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setImmediate(resolve));
    seen.push(n);
    running--;
  });
  assert.equal(peak, 3);
  assert.deepEqual(seen.sort(), [1, 2, 3, 4, 5, 6, 7]);
});
