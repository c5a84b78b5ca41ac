import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLine } from '../../../plugins/excerpt/excerpt';
import { renderMathInMarkdown } from '../../../plugins/math/markdown';

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
