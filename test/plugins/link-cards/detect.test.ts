import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCardCandidates } from '../../../plugins/link-cards/detect';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

const cards = (html: string) => findCardCandidates(parseNoteHtml(html)).map(({ href, text, label, bare }) => ({ href, text, label, bare }));

test('a link alone in its paragraph is a card', () => {
  assert.deepEqual(cards('<p><a href="https://www.youtube.com/watch?v=x">A talk</a></p>'), [
    { href: 'https://www.youtube.com/watch?v=x', text: 'A talk', label: null, bare: false },
  ]);
});

test('a short label ending in a colon (full-width or ASCII, with or without space) becomes the caption', () => {
  for (const [html, label] of [
    ['<p>项目地址：<a href="https://github.com/a/b">B</a></p>', '项目地址'],
    ['<p>项目地址: <a href="https://github.com/a/b">B</a></p>', '项目地址'],
    ['<p>官网：<a href="https://github.com/a/b">B</a></p>', '官网'],
    ['<p>Project: <a href="https://github.com/a/b">B</a></p>', 'Project'],
    ['<p>\n  项目地址 ： <a href="https://github.com/a/b">B</a>\n</p>', '项目地址'],
  ] as const) {
    assert.deepEqual(cards(html).map((c) => c.label), [label], html);
  }
});

test('a bare autolinked URL alone in its paragraph is a card marked bare', () => {
  assert.deepEqual(cards('<p><a href="https://example.com/a">https://example.com/a</a></p>'), [
    { href: 'https://example.com/a', text: 'https://example.com/a', label: null, bare: true },
  ]);
});

test('a link in a sentence, list, heading, table or quote stays inline', () => {
  for (const html of [
    '<p>See <a href="https://a.com/">A</a> for more.</p>',
    '<p><a href="https://a.com/">A</a> and more</p>',
    '<p><a href="https://a.com/">A</a>。</p>',
    '<p><a href="https://a.com/">A</a> <a href="https://b.com/">B</a></p>',
    '<p>注：具体配置参见 <a href="https://a.com/">A</a></p>',
    '<p>这是一个很长的句子而不是标签因为它超过了二十个字符的限制哦：<a href="https://a.com/">A</a></p>',
    '<p>项目地址<a href="https://a.com/">A</a></p>',
    '<ul><li><a href="https://a.com/">A</a></li></ul>',
    '<ul><li><p><a href="https://a.com/">A</a></p></li></ul>',
    '<h3 id="a"><a href="#a" class="headerlink"></a><a href="https://a.com/">A</a></h3>',
    '<table><tbody><tr><td><a href="https://a.com/">A</a></td></tr></tbody></table>',
    '<blockquote><p><a href="https://a.com/">A</a></p></blockquote>',
    '<p>line one<br><a href="https://a.com/">A</a></p>',
    '<details><summary>s</summary><div><section><p><a href="https://a.com/">A</a></p></section></div></details>',
    '<div class="note link-card"><p><a href="https://a.com/">A</a></p></div>',
  ]) {
    assert.deepEqual(cards(html), [], html);
  }
});

test('image links, empty links and non-http links are not cards', () => {
  for (const html of [
    '<p><a href="https://a.com/"><img src="/x.png" alt="x"></a></p>',
    '<p><a href="https://a.com/"><strong><img src="/x.png" alt="x"></strong> A 项目</a></p>',
    '<p><a href="https://a.com/"><video src="/x.mp4"></video>A 项目</a></p>',
    '<p><a href="https://a.com/">  </a></p>',
    '<p><a href="/other-note/">Other</a></p>',
    '<p><a href="#section">Here</a></p>',
    '<p><a href="mailto:a@b.c">Mail</a></p>',
    '<p><a href="javascript:alert(1)">x</a></p>',
    '<p><a href=" JaVaScRiPt:alert(1)">x</a></p>',
    '<p><a href="data:text/html,x">x</a></p>',
    '<p><a href="vbscript:x">x</a></p>',
    '<p><a>no href</a></p>',
  ]) {
    assert.deepEqual(cards(html), [], html);
  }
});

test('formatting inside the link text is kept as plain text', () => {
  assert.deepEqual(cards('<p><a href="https://a.com/"><code>pkg</code> <strong>docs</strong></a></p>').map((c) => c.text), ['pkg docs']);
});

test('the text is read with entities decoded and the href keeps its query', () => {
  assert.deepEqual(cards('<p><a href="https://example.com/a?b=1&amp;c=2">A &amp; B &quot;quoted&quot;</a></p>'), [
    { href: 'https://example.com/a?b=1&c=2', text: 'A & B "quoted"', label: null, bare: false },
  ]);
});

test('a card paragraph nested in plain containers is found, in document order', () => {
  assert.deepEqual(
    cards('<div><section><p><a href="https://a.com/">A</a></p></section></div><ul><li>x</li></ul><p><a href="https://b.com/">B</a></p>').map((c) => c.href),
    ['https://a.com/', 'https://b.com/'],
  );
});
