import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePage, parseMeta } from '../../../plugins/link-cards/fetch';

test('Open Graph comes first, then Twitter, then <title> and meta description', () => {
  const og = parseMeta(
    `<html><head><title>Plain</title><meta name="description" content="plain d">
    <meta property="og:title" content=" OG  &amp; title "><meta property="OG:Description" content="og d">
    <meta property="og:site_name" content="Site"><meta property="og:image" content="/img/a.png"></head><body></body></html>`,
    'https://a.org/post/1',
  );
  assert.deepEqual(og, { title: 'OG & title', description: 'og d', site_name: 'Site', imageUrl: 'https://a.org/img/a.png' });
  const plain = parseMeta('<title>\n Only <b>title</b>\n</title><meta name="description" content="D">', 'https://a.org/');
  assert.deepEqual(plain, { title: 'Only <b>title</b>', description: 'D' });
  const twitter = parseMeta('<meta name="twitter:title" content="T"><meta name="twitter:image" content="javascript:x">', 'https://a.org/');
  assert.deepEqual(twitter, { title: 'T' });
  assert.deepEqual(parseMeta('<p>nothing</p>', 'https://a.org/'), {});
});

test('long titles and descriptions are clipped', () => {
  const meta = parseMeta(`<title>${'字'.repeat(500)}</title>`, 'https://a.org/');
  assert.equal([...(meta.title ?? '')].length, 200);
});

test('pages are decoded by their declared charset', () => {
  const gbk = Uint8Array.from([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e]);
  assert.equal(decodePage(gbk, 'text/html; charset=gbk'), '<title>中文</title>');
  const meta = new TextEncoder().encode('<meta charset="utf-8"><title>中文</title>');
  assert.equal(decodePage(meta, 'text/html'), '<meta charset="utf-8"><title>中文</title>');
});
