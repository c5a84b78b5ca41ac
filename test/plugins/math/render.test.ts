import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMathInMarkdown } from '../../../plugins/math/markdown';
import { renderFormula } from '../../../plugins/math/render';

test('the same formula is rendered once: a second call returns the very same result', () => {
  const formula = { tex: 'e^{i\\pi} + 1 = 0', display: false, block: false, source: '$e^{i\\pi} + 1 = 0$' };
  const first = renderFormula(formula);
  assert.match(first.inner, /class="katex"/);
  assert.equal(renderFormula({ ...formula }), first);
});

test('mode, options and source are part of what is cached', () => {
  const base = { tex: 'x^2_{cache}', display: false, block: false, source: '$x^2_{cache}$' };
  const inline = renderFormula(base);
  const display = renderFormula({ ...base, display: true, block: true, source: '$$x^2_{cache}$$' });
  assert.notEqual(display, inline);
  assert.equal(display.tag, 'div');
  assert.equal(inline.tag, 'span');
  const leqno = renderFormula({ ...base, display: true, block: true, source: '$$x^2_{cache}$$', options: { leqno: true } });
  assert.notEqual(leqno, display);
  const macro = renderFormula({ ...base, tex: '\\R', source: '$\\R$', options: { macros: { '\\R': '\\mathbb{R}' } } });
  const otherMacro = renderFormula({ ...base, tex: '\\R', source: '$\\R$', options: { macros: { '\\R': '\\mathbf{R}' } } });
  assert.notEqual(macro.inner, otherMacro.inner);
});

test('invalid TeX is reported for every note and line it occurs on, cached or not', () => {
  const note = '正常 $a$。\n\n坏的 $\\frac{b$ 公式。\n\n又一次 $\\frac{b$。';
  const first = renderMathInMarkdown(note);
  const second = renderMathInMarkdown(`前言\n\n${note}`);
  assert.deepEqual(first.failures.map((f) => f.line), [3, 5]);
  assert.deepEqual(second.failures.map((f) => f.line), [5, 7]);
  for (const failure of [...first.failures, ...second.failures]) assert.match(failure.message, /KaTeX parse error/);
  assert.equal((first.text.match(/math-error/g) ?? []).length, 2);
  assert.equal((second.text.match(/math-error/g) ?? []).length, 2);
});
