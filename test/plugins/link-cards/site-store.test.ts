import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { storeCache } from '../../../plugins/link-cards/site-store';

test('the store is read once until reset; its warnings name the file; images are looked up in the source folder', () => {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-store-'));
  try {
    fs.mkdirSync(path.join(sourceDir, 'images/link-cards'), { recursive: true });
    fs.writeFileSync(path.join(sourceDir, 'images/link-cards/a.png'), '');
    let data: unknown = { 'https://a.org/': { image: '/images/link-cards/a.png' }, 'https://b.org/': { image: '/images/link-cards/b.png' } };
    let reads = 0;
    const warnings: string[] = [];
    const cache = storeCache({ data: () => (reads++, data), sourceDir, warn: (m) => warnings.push(m) });
    const first = cache.get();
    assert.equal(cache.get(), first);
    assert.equal(reads, 1);
    assert.deepEqual(first.get('https://a.org/'), { image: '/images/link-cards/a.png' });
    assert.deepEqual(first.get('https://b.org/'), {});
    assert.deepEqual(warnings, ['source/_data/link_cards.yml: https://b.org/: image /images/link-cards/b.png is missing from source/; not shown']);
    data = undefined;
    cache.reset();
    assert.equal(cache.get().size, 0);
    assert.equal(reads, 2);
    assert.equal(warnings.length, 1);
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
});
