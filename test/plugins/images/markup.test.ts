import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { captionOf, rewriteImages, type ResolvedImage } from '../../../plugins/images/markup';

function rewrite(html: string, known: Record<string, ResolvedImage> = {}, captionFromAlt = true, noAddress: (alt: string) => void = () => undefined): string {
  const $ = parseNoteHtml(html);
  rewriteImages($, { resolve: (src) => known[src] ?? {}, srcset: (v) => v.replace(/https:\/\/r\//g, '/local/'), captionFromAlt, noAddress });
  return $.html();
}

test('captions: the title first, then alt text that reads as a caption, any alt when caption_from_alt is on', () => {
  assert.equal(captionOf('  The title ', '图 1：x', true), 'The title');
  assert.equal(captionOf(undefined, '图 1：Flink 软件堆栈', false), '图 1：Flink 软件堆栈');
  assert.equal(captionOf(undefined, 'Figure 2: a plot', false), 'Figure 2: a plot');
  assert.equal(captionOf(undefined, 'Fig. 3. Loss', false), 'Fig. 3. Loss');
  assert.equal(captionOf(undefined, 'a plain description', false), null);
  assert.equal(captionOf(undefined, 'a plain description', true), 'a plain description');
  for (const alt of ['', '  ', 'image', 'image-20230101123456', 'screenshot.png', '图片']) assert.equal(captionOf(undefined, alt, true), null, alt);
});

test('every image gets its size and loading; only the first is eager; code is left alone', () => {
  const html = rewrite('<p>a <img src="/a.png"> b <img src="/b.png"></p><pre><code>&lt;img&gt;</code></pre>', { '/a.png': { width: 10, height: 5 }, '/b.png': { src: '/x/b.png', width: 4, height: 3 } });
  assert.equal(html, '<p>a <img src="/a.png" alt width="10" height="5" loading="eager" data-zoom> b <img src="/x/b.png" alt width="4" height="3" loading="lazy" decoding="async" data-zoom></p><pre><code>&lt;img&gt;</code></pre>');
});

test("an author's width keeps the real aspect ratio; both given are kept", () => {
  assert.match(rewrite('<p>x <img src="/a.png" width="50"></p>', { '/a.png': { width: 200, height: 100 } }), /width="50"[^>]* height="25"/);
  assert.match(rewrite('<p>x <img src="/a.png" width="7" height="9"></p>', { '/a.png': { width: 200, height: 100 } }), /width="7" height="9"/);
});

test('a lone image becomes a figure; in a link it keeps the link and is not zoomed; WebP goes in a <picture>', () => {
  assert.equal(
    rewrite('<p><img src="/a.png" alt="图 1：甲"></p>', { '/a.png': { width: 2, height: 1, webp: '/a.webp' } }),
    '<figure class="note-figure"><picture><source type="image/webp" srcset="/a.webp"><img src="/a.png" alt="图 1：甲" width="2" height="1" loading="eager" data-zoom></picture><figcaption>图 1：甲</figcaption></figure>',
  );
  assert.equal(
    rewrite('<p><a href="https://e.org/"><img src="/a.png" alt="linked"></a></p>'),
    '<figure class="note-figure"><a href="https://e.org/"><img src="/a.png" alt="linked" loading="eager"></a><figcaption>linked</figcaption></figure>',
  );
  assert.equal(rewrite('<p><img src="/a.png" alt=""></p>'), '<figure class="note-figure"><img src="/a.png" alt loading="eager" data-zoom></figure>', 'an empty alt: no caption');
  // Only a title (Hexo's img tag): it is the alt text too.
  assert.equal(rewrite('<img src="/a.png" title="T">\n<p>next</p>'), '<figure class="note-figure"><img src="/a.png" title="T" alt="T" loading="eager" data-zoom><figcaption>T</figcaption></figure>\n<p>next</p>');
  assert.doesNotMatch(rewrite('<p>text <img src="/a.png" alt="x"></p>'), /figure/);
  assert.doesNotMatch(rewrite('<p><img src="/a.png"><img src="/b.png"></p>'), /figure/);
});

test('srcset candidates are mapped (descriptors kept), and no WebP <picture> is added over an srcset', () => {
  const html = rewrite('<p>x <img src="/a.png" srcset="https://r/a.png 1x, https://r/b.png 2x"></p>', { '/a.png': { webp: '/a.webp' } });
  assert.match(html, /srcset="\/local\/a.png 1x, \/local\/b.png 2x"/);
  assert.doesNotMatch(html, /picture/);
});

test('an <img> caption is escaped', () => {
  assert.match(rewrite('<p><img src="/a.png" alt="&lt;b&gt; &amp; x"></p>'), /<figcaption>&lt;b&gt; &amp; x<\/figcaption>/);
});

test('an image with no address is its alt text, or nothing (an emptied paragraph goes too); the next image is the eager one', () => {
  const told: string[] = [];
  const html = rewrite('<p><img src="" alt="架构图"></p><p><img class="left"></p><p>前 <img src="  " title="标题"> 后</p><picture><source srcset="/a.webp"><img alt=""></picture><p><img src="/b.png"></p>', {}, true, (alt) => told.push(alt));
  assert.deepEqual(told, ['架构图', '', '标题', '']);
  assert.equal(html, '<p>架构图</p><p>前 标题 后</p><figure class="note-figure"><img src="/b.png" alt loading="eager" data-zoom></figure>');
});

test("pasted lazy-loaded HTML (WeChat's data-src, Zhihu's data-actualsrc / data-original) shows the real image, not the placeholder", () => {
  const zhihu = rewrite('<p><img src="data:image/svg+xml;utf8,&lt;svg&gt;&lt;/svg&gt;" data-original="https://pic1.zhimg.com/v2-a_r.jpg" data-actualsrc="https://pic1.zhimg.com/v2-a_b.jpg" alt="图"></p>');
  assert.match(zhihu, /<img src="https:\/\/pic1\.zhimg\.com\/v2-a_r\.jpg" alt="图"/);
  assert.doesNotMatch(zhihu, /data-original|data-actualsrc|svg/);
  const wechat = rewrite('<p><img data-src="/w.png" class="rich_pages"></p>');
  assert.match(wechat, /<img class="rich_pages" src="\/w\.png"/);
  assert.doesNotMatch(wechat, /data-src/);
  // A real src stays: data-src is then only the loader's copy.
  assert.match(rewrite('<p><img src="/a.png" data-src="/b.png"></p>'), /src="\/a\.png" data-src="\/b\.png"/);
  // A data: image of its own (no lazy address) is an image.
  assert.match(rewrite('<p><img src="data:image/png;base64,AAAA"></p>'), /src="data:image\/png;base64,AAAA"/);
});
