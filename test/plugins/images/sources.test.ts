import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { resolveSource, type PageContext } from '../../../plugins/images/sources';
import { remoteKey } from '../../../plugins/images/store';

const src = path.resolve('/site/source');
const ctx = (over: Partial<PageContext> = {}): PageContext => ({ root: '/', pagePath: 'trip/', sourceDir: src, themeSourceDir: null, assetDir: null, ...over });

test('remote images are keyed by their absolute URL without the fragment; // is https', () => {
  assert.equal(remoteKey('https://i.loli.net/a.png#x'), 'https://i.loli.net/a.png');
  assert.equal(remoteKey('//s2.loli.net/b.png'), 'https://s2.loli.net/b.png');
  assert.equal(remoteKey('/local.png'), null);
  assert.equal(remoteKey('ftp://a/b.png'), null);
  assert.deepEqual(resolveSource(' https://a.org/x.png ', ctx()), { kind: 'remote', key: 'https://a.org/x.png' });
});

test('site paths and relative paths, with the root, the asset folder first', () => {
  assert.deepEqual(resolveSource('/images/a.png', ctx()), { kind: 'local', url: '/images/a.png', files: [path.join(src, 'images/a.png')] });
  assert.deepEqual(resolveSource('/images/a.png', ctx({ root: '/blog/' })), { kind: 'local', url: '/blog/images/a.png', files: [path.join(src, 'images/a.png')] });
  assert.deepEqual(resolveSource('/blog/images/a.png', ctx({ root: '/blog/' })), { kind: 'local', url: '/blog/images/a.png', files: [path.join(src, 'images/a.png')] });
  const asset = path.join(src, '_posts/trip');
  assert.deepEqual(resolveSource('./p%20q.png', ctx({ assetDir: asset })), { kind: 'local', url: '/trip/p%20q.png', files: [path.join(asset, 'p q.png'), path.join(src, 'trip/p q.png')] });
  assert.deepEqual(resolveSource('../other/x.png', ctx()), { kind: 'local', url: '/other/x.png', files: [path.join(src, 'other/x.png')] });
  assert.deepEqual(resolveSource('/_posts/x.png', ctx()), { kind: 'local', url: '/_posts/x.png', files: [] }, 'source/_posts is not published as it is');
  const theme = path.resolve('/site/themes/notes/source');
  assert.deepEqual(resolveSource('/images/a.png', ctx({ themeSourceDir: theme })), { kind: 'local', url: '/images/a.png', files: [path.join(src, 'images/a.png'), path.join(theme, 'images/a.png')] }, "the site's file first, then the theme's");
  assert.deepEqual(resolveSource('/_x.png', ctx({ themeSourceDir: theme })), { kind: 'local', url: '/_x.png', files: [] });
});

test('inline data is read, other schemes are left alone', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const data = resolveSource(png, ctx());
  assert.equal(data.kind, 'data');
  assert.equal(resolveSource('blob:x', ctx()).kind, 'other');
  assert.equal(resolveSource('', ctx()).kind, 'other');
});
