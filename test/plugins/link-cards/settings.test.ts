import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runLinkCards, storeUrls } from '../../../plugins/link-cards/command';
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

test('the store is filled for the card URLs of every note that does not turn cards off', () => {
  const docs = [{ link_card_urls: ['https://a.org', 'https://b.org'] }, { link_cards: false, link_card_urls: ['https://c.org'] }, {}, { link_card_urls: ['https://a.org'] }];
  assert.deepEqual(storeUrls(docs), ['https://a.org', 'https://b.org', 'https://a.org']);
});

test('`hexo linkcards` with cards off says so and still runs (nothing to fetch: no store written)', async () => {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcards-off-'));
  try {
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    const off = await runLinkCards({ urls: [], sourceDir, settings: { ...DEFAULTS, enable: false }, refresh: false, log });
    assert.equal(off.code, 0);
    assert.ok(lines.some((l) => l.includes('cards are off')), lines.join('\n'));
    lines.length = 0;
    await runLinkCards({ urls: [], sourceDir, settings: DEFAULTS, refresh: false, log });
    assert.ok(!lines.some((l) => l.includes('cards are off')), lines.join('\n'));
    assert.deepEqual(fs.readdirSync(sourceDir), []);
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
});
