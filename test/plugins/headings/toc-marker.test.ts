import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayHoldTocMarker, removeTocMarkers } from '../../../plugins/headings/toc-marker';
import { noteHtml, parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { buildSite, note } from '../../helpers/site';

function removed(html: string): string {
  const $ = parseNoteHtml(html);
  removeTocMarkers($);
  return noteHtml($);
}

test('a paragraph that is only [TOC] or [[toc]] goes; a marker in a sentence, a link or code stays', () => {
  assert.equal(removed('<p>[TOC]</p>\n<h2 id="a">A</h2>'), '\n<h2 id="a">A</h2>');
  assert.equal(removed('<p> [[toc]] </p><p>[toc]</p><blockquote><p>[TOC]</p></blockquote>'), '<blockquote></blockquote>');
  const kept = '<p>写 [TOC] 生成目录</p><p><a href="#x">[TOC]</a></p><pre><code>[TOC]</code></pre><p>[TOC]]</p>';
  assert.equal(removed(kept), kept);
});

test('notes without a marker are not walked', () => {
  assert.equal(mayHoldTocMarker('<p>正文</p>'), false);
  assert.equal(mayHoldTocMarker('<p>[[TOC]]</p>'), true);
});

test('in a build: the marker is gone from the note and its excerpt, the layout has the TOC, the Markdown copy keeps the source', async () => {
  const site = await buildSite({ files: { '_posts/typora.md': note({ title: 'Typora', id: 'typora' }, '[TOC]\n\n## 第一节\n\n正文\n\n## 第二节\n\n更多') } });
  try {
    assert.deepEqual(site.errors, []);
    const $ = site.$('typora/index.html');
    assert.doesNotMatch($('article.note').text(), /\[TOC\]/);
    assert.equal($('nav.toc a[href="#第一节"]').length, 1);
    assert.doesNotMatch(site.$('index.html')('main').text(), /\[TOC\]/);
    assert.match(site.read('typora/index.md'), /^\[TOC\]$/m);
  } finally {
    site.remove();
  }
});
