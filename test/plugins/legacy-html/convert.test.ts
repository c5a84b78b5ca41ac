import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertLegacyHtml, mayHoldLegacyHtml } from '../../../plugins/legacy-html/convert';
import { noteHtml, parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { javaSkip, nuErrors } from '../../helpers/nu';
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

test('presentational attributes become the CSS they stood for', () => {
  assert.equal(converted('<div align="center"><p align="RIGHT">x</p></div>'), '<div style="text-align: center"><p style="text-align: right">x</p></div>');
  assert.equal(converted('<img src="/a.png" align="right" border="0" hspace="8">'), '<img src="/a.png" style="float: right; margin-left: 8px; margin-right: 8px">');
  assert.equal(converted('<img src="/a.png" align="absmiddle" border="2">'), '<img src="/a.png" style="vertical-align: middle; border: 2px solid">');
  assert.equal(
    converted('<table border="1" cellpadding="4" cellspacing="0" width="80%" align="center" bgcolor="#eee"><tr valign="top"><td align="right" width="50" nowrap>a</td></tr></table>'),
    '<table style="margin-left: auto; margin-right: auto; background-color: #eee; width: 80%"><tr style="vertical-align: top"><td style="text-align: right; width: 50px; white-space: nowrap">a</td></tr></table>',
  );
  assert.equal(converted('<hr size="2" noshade width="50%" align="left">'), '<hr style="margin-left: 0; margin-right: auto; width: 50%; border-top-width: 2px">');
  assert.equal(converted('<br clear="all"><br clear="left">'), '<br style="clear: both"><br style="clear: left">');
  assert.equal(converted('<ul type="square"><li>a</li></ul>'), '<ul style="list-style-type: square"><li>a</li></ul>');
  assert.equal(converted('<acronym title="x">X</acronym><nobr>不换行</nobr>'), '<abbr title="x">X</abbr><span style="white-space: nowrap">不换行</span>');
});

test('<a name> becomes an id unless it has another; values that are no CSS value go with their attribute', () => {
  assert.equal(converted('<a name="old-anchor"></a>'), '<a id="old-anchor"></a>');
  assert.equal(converted('<a name="x" id="x">a</a>'), '<a id="x">a</a>');
  assert.equal(converted('<a name="x" id="y">a</a>'), '<a name="x" id="y">a</a>');
  assert.equal(converted('<a name="two words">a</a>'), '<a name="two words">a</a>');
  assert.equal(converted('<td bgcolor="red;background:url(x)" width="wide">a</td>'), '<td>a</td>');
  assert.equal(converted('<p align="middle">x</p>'), '<p>x</p>');
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
  assert.equal(mayHoldLegacyHtml('<p align="center">x</p>'), true);
  assert.equal(mayHoldLegacyHtml('<a name="x"></a>'), true);
  assert.equal(mayHoldLegacyHtml('<table border="1"><tr><td nowrap>a</td></tr></table>'), true);
  assert.equal(mayHoldLegacyHtml('<p>align 和 name 都是普通的词：width=3</p><table><tr><td>a</td></tr></table>'), false);
  assert.equal(mayHoldLegacyHtml('<table><tr><th style="text-align: center">a</th></tr></table><div class="clear no-align"></div>'), false);
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

test('the Nu Html Checker finds no error in a note of HTML pasted from an old README', { skip: javaSkip() }, async () => {
  const body = [
    '<div align="center"><img src="/images/logo.png" width="120" align="right" border="0"></div>',
    '',
    '<p align="center"><b>居中的说明</b></p>',
    '',
    '<table border="1" cellpadding="4" cellspacing="0" width="80%" bgcolor="#eee"><tr valign="top"><td align="right" width="50" nowrap>a</td><td>b</td></tr></table>',
    '',
    '<h2 align="center">标题</h2>',
    '',
    '<hr size="2" noshade>',
    '',
    '文字<br clear="all">',
    '',
    '<a name="old-anchor"></a>见 [上面](#old-anchor)。<acronym title="大语言模型">LLM</acronym> <nobr>不换行</nobr>',
    '',
    '<center><font color="red" size="4">红</font></center>',
  ].join('\n');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const site = await buildSite({ files: { '_posts/readme-html.md': note({ title: 'README', id: 'readme-html' }, body), 'images/logo.png': png } });
  try {
    assert.deepEqual(site.errors, []);
    assert.ok(!site.warnings.some((w) => w.includes('readme-html.md')), site.warnings.join('\n'));
    assert.deepEqual(await nuErrors(site.publicDir, ['readme-html/index.html']), []);
  } finally {
    site.remove();
  }
});
