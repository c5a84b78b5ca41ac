import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { renderMathInMarkdown, tagOptions } from '../../../plugins/math/markdown';
import { renderFormula } from '../../../plugins/math/render';

/** The Markdown as Hexo finally sees it once its code-block placeholders are put back. */
function unprotect(text: string): cheerio.CheerioAPI {
  return cheerio.load(text.replace(/<\/?hexoPostRenderCodeBlock>/g, ''), null, false);
}

test('inline formulas become span.math.math-inline with KaTeX HTML; the <span> stays outside the protected part', () => {
  const { text, formulas, failures } = renderMathInMarkdown('$x_1$ 开头');
  assert.equal(formulas, 1);
  assert.deepEqual(failures, []);
  assert.match(text, /^<span class="math math-inline"><hexoPostRenderCodeBlock><span class="katex">/);
  assert.equal(unprotect(text)('span.math.math-inline .katex-mathml annotation').text(), 'x_1');
});

test('a display block is wholly protected, on one line, with no braces or backticks left', () => {
  const { text } = renderMathInMarkdown('$$\n\\frac{{a}}{b} \\\\ `c`\n$$');
  assert.match(text, /^<hexoPostRenderCodeBlock><div class="math math-display">.*<\/div><\/hexoPostRenderCodeBlock>$/);
  assert.ok(!/[{}`\n]/.test(text));
  assert.equal(unprotect(text)('div.math.math-display annotation').text(), '\\frac{{a}}{b} \\\\ `c`');
});

test('display math inside a sentence is a span.math.math-display', () => {
  const $ = unprotect(renderMathInMarkdown('见 $$x$$ 式').text);
  assert.equal($('span.math.math-display .katex-display').length, 1);
});

test('invalid TeX shows its source with math-error and reports the line', () => {
  const { text, failures } = renderMathInMarkdown('ok $a$\n\nbad $\\frac{a$ here\n\n$$\n\\badmacro{x}\n$$');
  assert.deepEqual(
    failures.map((f) => f.line),
    [3, 5],
  );
  assert.match(failures[1]?.message ?? '', /badmacro/);
  const $ = unprotect(text);
  assert.equal($('span.math-inline.math-error code.math-source').text(), '$\\frac{a$');
  assert.equal($('div.math-display.math-error pre.math-source').text(), '$$\n\\badmacro{x}\n$$');
  assert.match($('div.math-error').attr('title') ?? '', /badmacro/);
});

test('hexo-math tags: inline by default, display through their options or the word display', () => {
  assert.deepEqual(tagOptions('mathjax', ''), { display: false, options: {}, ignored: [] });
  assert.equal(tagOptions('mathjax', 'display').display, true);
  assert.equal(tagOptions('katex', '\'{"displayMode": true}\'').display, true);
  assert.equal(tagOptions('mathjax', '\'{"conversion": {"display": true}}\'').display, true);
  assert.deepEqual(tagOptions('mathjax', '\'{"conversion": {"em": 14}, "tex": {"tags": "ams"}}\'').ignored, ['conversion', 'tex']);
  assert.deepEqual(tagOptions('katex', '\'{"leqno": true, "trust": true}\''), { display: false, options: { leqno: true }, ignored: ['trust'] });
  assert.match(tagOptions('katex', "'{oops'").ignored[0] ?? '', /not JSON/);
});

test('tags render like dollars; unknown options are warned about', () => {
  const { text, warnings } = renderMathInMarkdown('{% mathjax display %}\n\\frac{{a}}{b}\n{% endmathjax %}\n\n{% katex \'{"trust": true}\' %}x{% endkatex %}');
  const $ = unprotect(text);
  assert.equal($('div.math.math-display').length, 1);
  assert.equal($('span.math.math-inline').length, 1);
  assert.deepEqual(warnings, [{ line: 5, message: '{% katex %}: ignored options trust' }]);
});

test('a tag with no end tag is reported and disarmed for Nunjucks', () => {
  const { text, warnings } = renderMathInMarkdown('a {% katex %} x');
  assert.equal(text, 'a &#123;% katex %} x');
  assert.equal(warnings.length, 1);
});

test('site-wide KaTeX macros apply', () => {
  const { text, failures } = renderMathInMarkdown('$\\RR$', { macros: { '\\RR': '\\mathbb{R}' } });
  assert.deepEqual(failures, []);
  assert.ok(unprotect(text)('.mathbb, .amsrm').length > 0);
});

test('rendering never trusts \\href javascript: links', () => {
  const result = renderFormula({ tex: '\\href{javascript:alert(1)}{x}', display: false, block: false, source: '' });
  assert.equal(cheerio.load(result.inner)('a[href], [href]').length, 0);
});
