import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardSignature, readStore, storeKey } from '../../../plugins/link-cards/store';

test('store keys are normalised URLs without the fragment', () => {
  assert.equal(storeKey('https://GitHub.com/a/b#readme'), 'https://github.com/a/b');
  assert.equal(storeKey('https://a.org'), 'https://a.org/');
  assert.equal(storeKey('javascript:x'), null);
  assert.equal(storeKey('/local/'), null);
});

test('valid entries are read; bad keys, fields and remote or missing images are reported and left out', () => {
  const { index, warnings } = readStore(
    {
      'https://a.org/x': { title: ' A  title ', description: 'D', site_name: 'S', image: '/images/link-cards/a.png', extra: 1 },
      'https://b.org/': { title: ['no'], image: 'https://cdn.example/b.png' },
      'https://c.org/': { image: '/images/link-cards/missing.png' },
      'https://d.org/': 'not a mapping',
      'not a url': { title: 'x' },
      'https://e.org/': { image: '//cdn.example/e.png' },
    },
    (p) => p === '/images/link-cards/a.png',
  );
  assert.deepEqual(index.get('https://a.org/x'), { title: 'A title', description: 'D', site_name: 'S', image: '/images/link-cards/a.png' });
  assert.deepEqual(index.get('https://b.org/'), {});
  assert.deepEqual(index.get('https://c.org/'), {});
  assert.equal(index.has('https://d.org/'), false);
  assert.deepEqual(index.get('https://e.org/'), {});
  assert.equal(warnings.length, 6, warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('https://cdn.example/b.png')));
  assert.ok(warnings.some((w) => w.includes('missing.png')));
  assert.ok(warnings.some((w) => w.includes('"not a url"')));
});

test('an absent or empty store is no store', () => {
  assert.equal(readStore(undefined, () => true).index.size, 0);
  assert.equal(readStore(null, () => true).index.size, 0);
  assert.equal(readStore(['x'], () => true).warnings.length, 1);
});

test('the signature changes with the entries a note uses, the switch and the context only', () => {
  const base = readStore({ 'https://a.org/': { title: 'A' }, 'https://b.org/': { title: 'B' } }, () => true).index;
  const changedB = readStore({ 'https://a.org/': { title: 'A' }, 'https://b.org/': { title: 'B2' } }, () => true).index;
  const sig = (enabled: boolean, index = base, context = 'c') => cardSignature({ enabled, context, urls: ['https://a.org'], index });
  assert.equal(sig(true), sig(true, changedB), 'an entry the note does not use');
  assert.notEqual(sig(true), sig(true, readStore({ 'https://a.org/': { title: 'A2' } }, () => true).index));
  assert.notEqual(sig(true), sig(false));
  assert.notEqual(sig(true), sig(true, base, 'd'));
  assert.equal(sig(false), sig(false, changedB));
});
