// Players and media from other sites become links; allowed ones and local media stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkEmbeds, mayHoldEmbeds, type EmbedSources } from '../../../plugins/embeds/convert';
import { noteHtml, parseNoteHtml } from '../../../plugins/post-dom/transforms';

const none: EmbedSources = { frames: [], media: [] };

function convert(html: string, sources: EmbedSources = none): { html: string; linked: string[] } {
  const $ = parseNoteHtml(html);
  const linked = linkEmbeds($.root().toArray(), sources).map((e) => `${e.tag} ${e.from} ${e.to}`);
  return { html: noteHtml($), linked };
}

test('a frame at block level becomes a paragraph of one link to the video’s page', () => {
  const out = convert('<iframe src="//player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;page=1" scrolling="no" allowfullscreen="true"></iframe>\n<p>后文</p>');
  assert.equal(out.html, '<p><a href="https://www.bilibili.com/video/BV1GJ411x7h7/">https://www.bilibili.com/video/BV1GJ411x7h7/</a></p>\n<p>后文</p>');
  assert.deepEqual(out.linked, ['iframe player.bilibili.com https://www.bilibili.com/video/BV1GJ411x7h7/']);
});

test('media in a paragraph become a link there; inside a link, its text', () => {
  assert.equal(convert('<p><video src="https://cdn.example.com/a.mp4" controls></video></p>').html, '<p><a href="https://cdn.example.com/a.mp4">https://cdn.example.com/a.mp4</a></p>');
  assert.equal(convert('<p><audio controls><source src="https://cdn.example.com/a.ogg"><source src="https://cdn.example.com/a.mp3"></audio></p>').html, '<p><a href="https://cdn.example.com/a.ogg">https://cdn.example.com/a.ogg</a></p>');
  assert.equal(convert('<p><a href="/x/"><embed src="https://e.example.com/f.swf"></a></p>').html, '<p><a href="/x/">https://e.example.com/f.swf</a></p>');
  assert.equal(convert('<div><object data="https://e.example.com/f.pdf"></object></div>').html, '<div><p><a href="https://e.example.com/f.pdf">https://e.example.com/f.pdf</a></p></div>');
});

test('local media, local or script frames, code, and what the site allows are left alone', () => {
  for (const html of [
    '<p><video src="/videos/a.mp4" controls></video></p>',
    '<p><video controls><source src="/a.webm"><source src="https://cdn.example.com/a.mp4"></video></p>',
    '<p><video controls></video></p>',
    '<iframe src="/demo.html"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<pre><code>&lt;iframe src="https://www.youtube.com/embed/x"&gt;</code></pre>',
  ]) {
    const out = convert(html);
    assert.deepEqual(out.linked, [], html);
    assert.equal(out.html, html);
  }
  const allowed = { frames: ['https://www.youtube-nocookie.com'], media: ['https://cdn.example.com'] };
  assert.deepEqual(convert('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><p><video src="https://cdn.example.com/a.mp4"></video></p>', allowed).linked, []);
  assert.deepEqual(convert('<iframe src="https://www.youtube.com/embed/x"></iframe>', allowed).linked, ['iframe www.youtube.com https://www.youtube.com/watch?v=x']);
});

test('the pre-check: only notes that may hold an embed are walked', () => {
  assert.equal(mayHoldEmbeds('<p>视频</p><IFRAME src=x>'), true);
  assert.equal(mayHoldEmbeds('<p>video 和 iframe 两个词</p>'), false);
});
