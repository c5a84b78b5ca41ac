import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULTS, readSettings } from '../../../plugins/images/settings';
import { readStore } from '../../../plugins/images/store';
import { unstoredCount } from '../../../plugins/images/stale';

test('settings take defaults for missing or invalid keys', () => {
  assert.deepEqual(readSettings(undefined), DEFAULTS);
  const s = readSettings({ caption_from_alt: false, fetch: { timeout: 500, concurrency: 0, max_redirects: 0, max_bytes: 'x' } });
  assert.equal(s.caption_from_alt, false);
  assert.deepEqual(s.fetch, { ...DEFAULTS.fetch, timeout: 500, max_redirects: 0 });
});

test('the store keeps valid entries and names what is wrong with the others', () => {
  const exists = (p: string): boolean => p !== '/images/remote/gone.png';
  const good = { path: '/images/remote/a.png', width: 3, height: 2, type: 'png', bytes: 10, fetched: new Date('2024-01-02T00:00:00Z'), webp: '/images/remote/a.webp' };
  const { index, warnings } = readStore({
    'https://a.org/a.png': good,
    'https://a.org/gone.png': { ...good, path: '/images/remote/gone.png' },
    'https://a.org/svg.png': { ...good, type: 'svg' },
    'https://a.org/far.png': { ...good, path: 'https://cdn/x.png' },
    'https://a.org/zero.png': { ...good, width: 0 },
    'https://a.org/list.png': [1],
    'not a url': good,
  }, exists);
  assert.deepEqual([...index.keys()], ['https://a.org/a.png']);
  assert.equal(index.get('https://a.org/a.png')?.fetched, '2024-01-02');
  assert.equal(warnings.length, 6);
  assert.match(warnings.join('\n'), /gone\.png is missing from source\//);
  assert.match(warnings.join('\n'), /type must be one of png, jpg, gif, webp, avif/);
  assert.match(readStore([1], exists).warnings[0] ?? '', /must map image URLs/);
});

test('the build counts each remote image without a copy once', () => {
  const docs = [{ image_urls: ['https://a/1.png', 'https://a/2.png'] }, { image_urls: ['https://a/1.png', 'https://a/3.png'] }, { title: 'x' }];
  assert.equal(unstoredCount(docs, (u) => u.endsWith('2.png')), 2);
});
