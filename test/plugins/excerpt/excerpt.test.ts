import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLine, leadingHtml, summaryOf } from '../../../plugins/excerpt/excerpt';
import { renderMathInMarkdown } from '../../../plugins/math/markdown';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

test('the first paragraph as text, entities decoded', () => {
  assert.equal(firstLine('<h2>x</h2><p>A &amp; <a href="#">B</a>\n C</p><p>later</p>', 100), 'A & B C');
});

test('long text is cut on characters, not bytes', () => {
  assert.equal(firstLine('<p>大语言模型是一种语言模型</p>', 5), '大语言模型…');
});

test('no paragraph, no excerpt', () => {
  assert.equal(firstLine('<pre>code</pre>', 10), '');
});

test('a formula reads as its visible text, never as its TeX', () => {
  const html = renderMathInMarkdown('词元 $x_{1}$ 的概率').text.replace(/<\/?hexoPostRenderCodeBlock>/g, '');
  assert.equal(firstLine(`<p>${html}</p>`, 100), '词元 x1 的概率');
});

test('the summary read from the DOM once per note is the one the helper computes from the HTML', () => {
  const math = renderMathInMarkdown('词元 $x_{1}$ 的概率').text.replace(/<\/?hexoPostRenderCodeBlock>/g, '');
  for (const html of [
    '<h2>x</h2><p>A &amp; <a href="#">B</a>\n C</p><p>later</p>',
    '<p>大语言模型是一种语言模型</p>',
    '<pre>code</pre>',
    `<p>${math}</p>`,
    '<p class="lead">styled</p><blockquote><p>quoted &lt;b&gt; first</p></blockquote><p>later</p>',
    '<p></p><p>second</p>',
  ]) {
    assert.equal(summaryOf(parseNoteHtml(html), 5), firstLine(html, 5), html);
    assert.equal(summaryOf(parseNoteHtml(html), 100), firstLine(html, 100), html);
  }
  assert.equal(summaryOf(parseNoteHtml('<!-- <p>hidden</p> --><p>shown</p>'), 100), 'shown', 'a comment is not a paragraph');
});

test('a long first paragraph is expanded only as far as its line needs, and reads the same', () => {
  const words = Array.from({ length: 10_000 }, (_, i) => `<i>词${i}</i> `).join('');
  const dom = parseNoteHtml(`<p>${words}</p>`);
  const expanded: string[] = [];
  const expand = (html: string): string => {
    expanded.push(html);
    return html.replaceAll('词', '<b>字</b>');
  };
  const line = summaryOf(dom, 20, expand);
  assert.equal(line, firstLine(`<p>${words.replaceAll('词', '<b>字</b>')}</p>`, 20));
  assert.ok(expanded.length < 64, `${expanded.length} children expanded`);
});

test('the leading part of a paragraph is whole children, enough for the line, or all of them', () => {
  const p = parseNoteHtml('<p>ab <em>cd &amp; ef</em> gh <code>ij</code></p>')('p')[0];
  assert.ok(p);
  assert.equal(leadingHtml(p.children, 2, (html) => html), 'ab <em>cd &amp; ef</em>');
  assert.equal(leadingHtml(p.children, 100, (html) => html), 'ab <em>cd &amp; ef</em> gh <code>ij</code>');
  assert.equal(leadingHtml([], 10, (html) => html), '');
});
