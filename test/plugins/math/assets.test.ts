import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { cssUrls, katexAssets, woff2Only } from '../../../plugins/math/assets';
import { KATEX_CSS } from '../../../shared/vendor';

test('the stylesheet keeps only the woff2 source of each font', () => {
  const css = '@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
  assert.equal(woff2Only(css), '@font-face{src:url(fonts/A.woff2) format("woff2")}');
  assert.deepEqual(cssUrls('a{b:url(x.woff2)} c{d:url("y.png")} e{f:url(data:x)}'), ['x.woff2', 'y.png']);
});

test('every URL of the published KaTeX stylesheet is a published file', () => {
  const assets = katexAssets();
  const css = assets.find((a) => a.path === KATEX_CSS)?.text ?? '';
  const urls = cssUrls(css);
  assert.ok(urls.length >= 19, `${urls.length} fonts`);
  for (const url of urls) {
    assert.match(url, /\.woff2$/);
    const asset = assets.find((a) => a.path === `vendor/katex/${url}`);
    assert.ok(asset?.file && fs.existsSync(asset.file), url);
  }
  assert.equal(assets.length, urls.length + 1);
});
