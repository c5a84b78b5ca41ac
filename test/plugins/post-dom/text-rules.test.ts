// The text rules every reader of a rendered note uses, and the readers agreeing on them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
import { extractSections } from '../../../plugins/search/extract';
import { tocEntries } from '../../../plugins/headings/ids';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { hasClass, headingText, isBareCard, textRole, visibleText, withoutUrls } from '../../../plugins/post-dom/text-rules';
import { countWords } from '../../../plugins/word-count/counter';
import { proseText } from '../../../plugins/word-count/prose';

const first = (html: string, selector: string): Element => {
  const el = parseNoteHtml(html)(selector).get(0);
  assert.ok(el && 'attribs' in el, selector);
  return el;
};

test('each kind of element has its role', () => {
  const roles: [string, string, string][] = [
    ['<p>x</p>', 'p', 'prose'],
    ['<pre><code>x</code></pre>', 'pre', 'code'],
    ['<figure class="code-block"><pre>x</pre></figure>', 'figure', 'code'],
    ['<figure class="code-file" data-filename="a.env"><pre>x</pre></figure>', 'figure', 'code'],
    ['<pre class="mermaid">graph TD</pre>', 'pre', 'diagram'],
    ['<span class="math math-inline">x</span>', 'span', 'math'],
    ['<h2><a class="headerlink" href="#a"></a>A</h2>', 'a', 'permalink'],
    ['<a class="link-card" href="https://x.org">x</a>', 'a', 'card'],
    ['<p><button>复制</button></p>', 'button', 'hidden'],
    ['<svg><text>x</text></svg>', 'svg', 'hidden'],
    ['<td class="gutter">1</td>', 'td', 'hidden'],
    ['<aside class="callout"><p>正文</p></aside>', 'p', 'prose'],
    ['<p class="callout-title"><span class="callout-kind">注意</span></p>', 'span', 'hidden'],
    ['<p class="callout-title"><span class="sr-only">提示：</span>标题</p>', 'span', 'hidden'],
    ['<p>x<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>', 'sup', 'hidden'],
    ['<li id="fn-1"><p>脚注 <a href="#fnref-1" class="footnote-backref">↩</a></p></li>', 'a', 'hidden'],
  ];
  for (const [html, selector, role] of roles) assert.equal(textRole(first(html, selector)), role, html);
});

test('a bare link card is one whose title is its URL', () => {
  const card = (href: string, title: string, shown: string) =>
    first(`<a class="link-card" href="${href}"><span class="link-card-title">${title}</span><span class="link-card-url">${shown}</span></a>`, 'a');
  assert.equal(isBareCard(card('https://www.youtube.com/watch?v=BCfCdTp-fdM', 'youtube.com/watch?v=BCfCdTp-fdM', 'youtube.com/watch?v=BCfCdTp-fdM')), true);
  assert.equal(isBareCard(card('http://localhost:8080/some/path', 'http://localhost:8080/some/path', 'localhost/some/path')), true);
  assert.equal(isBareCard(card('https://github.com/a/b', 'LangChain', 'github.com/a/b')), false);
});

test('a bare URL in running text ends at a space or a non-ASCII character', () => {
  assert.equal(withoutUrls('见https://x.org/a?b=1，然后 www.y.com/z 结束'), '见 ，然后   结束');
});

test('heading text: formulas as TeX, no permalink, nothing hidden', () => {
  const html =
    '<h2 id="a"><a class="headerlink" href="#a" title="x"></a>损失 <span class="math"><span class="katex-mathml"><math><semantics><annotation encoding="application/x-tex">L_1</annotation></semantics></math></span></span><svg><text>图</text></svg></h2>';
  assert.equal(headingText(first(html, 'h2')), '损失 L_1');
});

test('visible text of markup: no MathML copy, no layout characters', () => {
  assert.equal(visibleText('a <span class="katex-mathml"><math><mi>x</mi></math></span><span>x\u200b</span> &amp; b'), 'a x & b');
});

test('word count, TOC and search read the same text', () => {
  const html = [
    '<h2 id="l1">损失 <span class="math"><span class="katex-mathml"><math><annotation encoding="application/x-tex">L_1</annotation></math></span></span></h2>',
    '<p>正文<button>按钮</button></p>',
    '<a class="link-card" href="https://x.org/a"><span class="link-card-title">x.org/a</span><span class="link-card-url">x.org/a</span></a>',
  ].join('');
  const $ = parseNoteHtml(html);
  assert.deepEqual(tocEntries($).map((e) => e.text), ['损失 L_1']);
  assert.equal(extractSections($)[0]?.[0], '损失 L_1');
  assert.equal(extractSections($)[0]?.[2].includes('按钮'), false);
  // 损失 (heading; the TeX is math) + 正文: the button and the bare card's URL are not prose.
  assert.deepEqual(countWords(proseText($)), { cjk: 4, other: 0 });
});

test('a class is matched as a whole word of the class list, never as part of another class', () => {
  assert.ok(hasClass(first('<span class="katex math">x</span>', 'span'), 'math'));
  assert.ok(hasClass(first('<span class="a\tmath\nb">x</span>', 'span'), 'math'));
  assert.ok(!hasClass(first('<span class="mathml math-inline">x</span>', 'span'), 'math'));
  assert.ok(!hasClass(first('<span>x</span>', 'span'), 'math'));
  assert.equal(textRole(first('<span class="mathematics">x</span>', 'span')), 'prose');
});
