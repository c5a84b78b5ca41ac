// Older Hexo's video tags, as paragraphs of one link, which a link card takes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bilibiliHtml, caniuseHtml, ghcardHtml, gistHtml, jsfiddleHtml, mediaHtml, pdfHtml, vimeoHtml, youtubeHtml } from '../../../plugins/inline-tags/embeds';

test('youtube: a video id, a playlist, a full address; no id is nothing', () => {
  assert.equal(youtubeHtml(['BCfCdTp-fdM']), '<p><a href="https://www.youtube.com/watch?v=BCfCdTp-fdM">https://www.youtube.com/watch?v=BCfCdTp-fdM</a></p>');
  assert.equal(youtubeHtml(['PLx_1', 'playlist', 'false']), '<p><a href="https://www.youtube.com/playlist?list=PLx_1">https://www.youtube.com/playlist?list=PLx_1</a></p>');
  assert.equal(youtubeHtml(['https://youtu.be/abc']), '<p><a href="https://youtu.be/abc">https://youtu.be/abc</a></p>');
  assert.equal(youtubeHtml(['a"b<c']), '<p><a href="https://www.youtube.com/watch?v=a%22b%3Cc">https://www.youtube.com/watch?v=a%22b%3Cc</a></p>');
  assert.equal(youtubeHtml([]), '');
});

test('vimeo and bilibili: ids and av numbers, a page after the first', () => {
  assert.equal(vimeoHtml(['82090131']), '<p><a href="https://vimeo.com/82090131">https://vimeo.com/82090131</a></p>');
  assert.equal(bilibiliHtml(['BV1GJ411x7h7']), '<p><a href="https://www.bilibili.com/video/BV1GJ411x7h7/">https://www.bilibili.com/video/BV1GJ411x7h7/</a></p>');
  assert.equal(bilibiliHtml(['170001', '2']), '<p><a href="https://www.bilibili.com/video/av170001/?p=2">https://www.bilibili.com/video/av170001/?p=2</a></p>');
  assert.equal(bilibiliHtml(['av170001', '1']), '<p><a href="https://www.bilibili.com/video/av170001/">https://www.bilibili.com/video/av170001/</a></p>');
  assert.equal(vimeoHtml(['']), '');
});

test('gist and jsfiddle: their pages; NexT’s video and audio: players with controls', () => {
  assert.equal(gistHtml(['octocat/6cad326836d38bd3a7ae', 'hello.js']), '<p><a href="https://gist.github.com/octocat/6cad326836d38bd3a7ae">https://gist.github.com/octocat/6cad326836d38bd3a7ae</a></p>');
  assert.equal(jsfiddleHtml(['abc123', 'js,result']), '<p><a href="https://jsfiddle.net/abc123/">https://jsfiddle.net/abc123/</a></p>');
  assert.equal(mediaHtml('video')(['/videos/a.mp4']), '<p><video src="/videos/a.mp4" controls preload="metadata"></video></p>');
  assert.equal(mediaHtml('audio')(['"x.mp3']), '<p><audio src="&quot;x.mp3" controls preload="metadata"></audio></p>');
  assert.equal(mediaHtml('video')([]), '');
});

test('pdf: a link to the file, named by its file name when it is on this site', () => {
  assert.equal(pdfHtml(['/files/论文.pdf', '600px']), '<p><a href="/files/论文.pdf">论文.pdf</a></p>');
  assert.equal(pdfHtml(['https://arxiv.org/pdf/1706.03762']), '<p><a href="https://arxiv.org/pdf/1706.03762">https://arxiv.org/pdf/1706.03762</a></p>');
  assert.equal(pdfHtml(['a<b>.pdf?x=1']), '<p><a href="a&lt;b&gt;.pdf?x=1">a&lt;b&gt;.pdf</a></p>');
  assert.equal(pdfHtml([]), '');
});

test('ghcard: the repository’s or the user’s GitHub page; anything else is text', () => {
  assert.equal(ghcardHtml(['volantis-x/hexo-theme-volantis']), '<p><a href="https://github.com/volantis-x/hexo-theme-volantis">https://github.com/volantis-x/hexo-theme-volantis</a></p>');
  assert.equal(ghcardHtml(['xaoxuu,', 'theme=dark']), '<p><a href="https://github.com/xaoxuu">https://github.com/xaoxuu</a></p>');
  assert.equal(ghcardHtml(['a/b/c']), 'a/b/c');
  assert.equal(ghcardHtml([]), '');
});

test("NexT's caniuse: the feature's page; a feature name that is not one is shown as written", () => {
  assert.equal(caniuseHtml(['css-grid', '@past-1,@current']), '<p><a href="https://caniuse.com/css-grid">https://caniuse.com/css-grid</a></p>');
  assert.equal(caniuseHtml(['<b>', 'x']), '&lt;b&gt; x');
  assert.equal(caniuseHtml([]), '');
});
