import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertLegacyHtml, mayHoldLegacyHtml } from '../../../plugins/legacy-html/convert';
import { noteHtml, parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { buildSite, note } from '../../helpers/site';

function converted(html: string): string {
  const $ = parseNoteHtml(html);
  convertLegacyHtml($.root().toArray());
  return noteHtml($);
}

test('center, font, strike, tt, big and percentage image sizes become valid HTML drawn the same', () => {
  assert.equal(converted('<center>居中</center>'), '<div class="note-center">居中</div>');
  assert.equal(converted('<font color="red" size="5" face="楷体">红</font>'), '<span style="color: red; font-size: x-large">红</span>');
  assert.equal(converted('<font color="#f00" size="+1">a</font><font size="-2">b</font>'), '<span style="color: #f00; font-size: large">a</span><span style="font-size: x-small">b</span>');
  assert.equal(converted('<strike>旧</strike><tt>x</tt><big>大</big>'), '<s>旧</s><code>x</code><span style="font-size: larger">大</span>');
  assert.equal(converted('<img src="/a.png" width="50%" style="zoom:50%;">'), '<img src="/a.png" style="zoom:50%; width: 50%">');
  assert.equal(converted('<img src="/a.png" width="300">'), '<img src="/a.png" width="300">');
});

test('a colour that is not one CSS value is dropped; code is left as written', () => {
  assert.equal(converted('<font color="red;background:url(x)">a</font>'), '<span>a</span>');
  const code = '<pre><code>&lt;center&gt;<center>x</center><tt>y</tt></code></pre><code><font color="red">z</font></code>';
  assert.equal(converted(code), code);
  assert.equal(converted('<tt>a</tt><center>b</center>'), '<code>a</code><div class="note-center">b</div>', 'a renamed tt is not code the walk is inside');
});

test('notes without any of it are not walked', () => {
  assert.equal(mayHoldLegacyHtml('<p>正文 <img src="a.png" width="300"></p>'), false);
  assert.equal(mayHoldLegacyHtml('<img src="a.png" width="50%">'), true);
  assert.equal(mayHoldLegacyHtml('<CENTER>x</CENTER>'), true);
});

test('in a build, a note of old HTML passes the Nu Html Checker rules it broke', async () => {
  const body = '<center>居中</center>\n\n<font color="red">红色文字</font>\n\n<img src="/images/x.png" width="50%">\n\n```html\n<center>代码里的</center>\n```';
  const site = await buildSite({ files: { '_posts/old-html.md': note({ title: 'Old', id: 'old-html' }, body) } });
  try {
    assert.deepEqual(site.errors, []);
    const $ = site.$('old-html/index.html');
    assert.equal($('article.note center, article.note font').length, 0);
    assert.equal($('article.note div.note-center').text(), '居中');
    assert.equal($('article.note span[style="color: red"]').text(), '红色文字');
    assert.equal($('article.note img[src="/images/x.png"]').attr('style'), 'width: 50%');
    assert.equal($('article.note img[src="/images/x.png"]').attr('alt'), '');
    assert.match($('article.note pre').text(), /<center>代码里的<\/center>/);
  } finally {
    site.remove();
  }
});
