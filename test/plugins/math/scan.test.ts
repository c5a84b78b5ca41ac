import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanMath } from '../../../plugins/math/scan';

/** The TeX of every formula found, display ones marked with $$. */
function found(text: string): string[] {
  return scanMath(text).spans.map((s) => (s.display ? `$$${s.tex}$$` : s.tex));
}

test('inline and display formulas', () => {
  assert.deepEqual(found('词元 $x_{1}$ 与 $y$。'), ['x_{1}', 'y']);
  assert.deepEqual(found('$$p(x_1, \\dots, x_L)$$'), ['$$p(x_1, \\dots, x_L)$$']);
});

test('a display block may span lines (blank ones too) and keeps its \\\\ line breaks', () => {
  const spans = scanMath('前文\n\n$$\n\\begin{aligned}\na &= b \\\\\n\nc &= d\n\\end{aligned}\n$$\n\n后文').spans;
  assert.equal(spans.length, 1);
  assert.equal(spans[0]?.tex, '\\begin{aligned}\na &= b \\\\\n\nc &= d\n\\end{aligned}');
  assert.equal(spans[0]?.block, true);
  assert.equal(spans[0]?.line, 3);
});

test('display math inside a sentence is not a block; alone on its line (in a list, a quote) it is', () => {
  assert.equal(scanMath('见 $$x$$ 式').spans[0]?.block, false);
  assert.equal(scanMath('- $$x$$').spans[0]?.block, true);
  const quoted = scanMath('> $$\n> a = b\n> $$').spans[0];
  assert.equal(quoted?.block, true);
  assert.equal(quoted?.tex, 'a = b');
});

test('prices are text: no space after the opening $, none before the closing one, no digit after it', () => {
  assert.deepEqual(found('It costs $5 and $10.'), []);
  assert.deepEqual(found('from $ 5 to $ 10'), []);
  assert.deepEqual(found('$x$5 is not math'), []);
  assert.deepEqual(found('$x $ is not math'), []);
  assert.deepEqual(found('between $5 and $10 we have $x$ here'), ['x']);
});

test('an escaped \\$ is a dollar sign, and escapes inside math are kept', () => {
  assert.deepEqual(found('\\$5 and $a$'), ['a']);
  assert.deepEqual(found('\\$x\\$'), []);
  assert.deepEqual(found('$\\$5 + \\{a\\}$'), ['\\$5 + \\{a\\}']);
  assert.deepEqual(found('\\\\$a$'), ['a']);
});

test('code spans, fences, indented code, HTML code and comments are never scanned', () => {
  assert.deepEqual(found('`$x$` and ``a ` $y$`` then $z$'), ['z']);
  assert.deepEqual(found('```bash\necho $HOME $x$\n```\n$z$'), ['z']);
  assert.deepEqual(found('~~~\n$a$\n~~~\n\n    $indented$\n\n$z$'), ['z']);
  assert.deepEqual(found('````md\n```\n$a$\n```\n````\n$z$'), ['z']);
  assert.deepEqual(found('<code>$a$</code> <pre>\n$b$\n</pre> <!-- $c$ --> $z$'), ['z']);
  assert.deepEqual(found('{% raw %}$a${% endraw %} {% codeblock %}\n$b$\n{% endcodeblock %} $z$'), ['z']);
  // An unclosed fence is code to the end of the note, as Markdown reads it.
  assert.deepEqual(found('```\n$a$'), []);
});

test('HTML attributes are not scanned; text between tags is', () => {
  assert.deepEqual(found('<img alt="$a$" src="x"> <span title=\'$b$\'>$c$</span>'), ['c']);
  assert.deepEqual(found('if a < b then $d$'), ['d']);
  assert.deepEqual(found('<https://x.org/$a$> [$b$](https://x.org/?q=$c$ "t $d$") $e$'), ['b', 'e']);
});

test('indented lines inside a list are not code', () => {
  assert.deepEqual(found('1. item\n\n    $x$ continues the item'), ['x']);
});

test('nested braces: a $ inside \\text{…} does not close the formula', () => {
  assert.deepEqual(found('$\\text{if $x>0$ then}$ ok'), ['\\text{if $x>0$ then}']);
  assert.deepEqual(found('$\\frac{{a}}{{b}}$'), ['\\frac{{a}}{{b}}']);
});

test('{{ and {% inside math belong to the formula', () => {
  assert.deepEqual(found('$\\underbrace{{the}, {mouse}}_\\text{prompt}$'), ['\\underbrace{{the}, {mouse}}_\\text{prompt}']);
  assert.deepEqual(found('$a {% b$'), ['a {% b']);
});

test('inline math does not cross a blank line', () => {
  assert.deepEqual(found('$a\n\nb$'), []);
  assert.deepEqual(found('$a\nb$'), ['a\nb']);
});

test('hexo-math tags are formulas with their arguments', () => {
  const spans = scanMath('{% mathjax %}\n\\frac{{a}}{b}\n{% endmathjax %}\n\n行内 {% katex \'{"displayMode": true}\' %}c{% endkatex %}').spans;
  assert.equal(spans.length, 2);
  assert.deepEqual(spans[0]?.tag, { name: 'mathjax', args: '' });
  assert.equal(spans[0]?.tex, '\\frac{{a}}{b}');
  assert.equal(spans[0]?.block, true);
  assert.deepEqual(spans[1]?.tag, { name: 'katex', args: '\'{"displayMode": true}\'' });
  assert.equal(spans[1]?.block, false);
  assert.equal(spans[1]?.line, 5);
});

test('a tag without its end tag is a problem, not a formula', () => {
  const result = scanMath('a\n{% katex %} x');
  assert.deepEqual(result.spans, []);
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0]?.line, 2);
  assert.match(result.problems[0]?.message ?? '', /endkatex/);
});

test('an unbalanced brace still ends at the closing $, so the error is reported', () => {
  assert.deepEqual(found('$a{b$ text'), ['a{b']);
});

test('a lone $$ with no closing pair is text', () => {
  assert.deepEqual(found('$$ and nothing else'), []);
});

test('with dollars off only the tags are formulas', () => {
  const spans = scanMath('$a$ and {% katex %}b{% endkatex %}', { dollars: false }).spans;
  assert.deepEqual(spans.map((s) => s.tex), ['b']);
});

test('\\(…\\) is inline math anywhere in a line, spaces inside allowed; it does not cross a blank line', () => {
  assert.deepEqual(found('注意力 \\( \\mathrm{softmax}(QK^T) \\) 的输出'), ['\\mathrm{softmax}(QK^T)']);
  assert.deepEqual(found('a \\(x\n\ny\\) b'), []);
  assert.deepEqual(found('empty \\(  \\) stays'), []);
  assert.deepEqual(found('unclosed \\(x and more'), []);
});

test('\\[…\\] on lines of its own is a display block within its paragraph (ChatGPT writes it so), quote markers removed', () => {
  const spans = scanMath('前文\n\n\\[\nE = mc^2 \\\\\nF = ma\n\\]\n\n后文').spans;
  assert.equal(spans.length, 1);
  assert.equal(spans[0]?.tex, 'E = mc^2 \\\\\nF = ma');
  assert.equal(spans[0]?.display, true);
  assert.equal(spans[0]?.block, true);
  assert.equal(spans[0]?.line, 3);
  assert.deepEqual(found('> \\[\n> a = b\n> \\]'), ['$$a = b$$']);
  assert.deepEqual(found('- \\[x^2\\]'), ['$$x^2$$']);
});

test('escaped brackets inside a sentence are text: "文献\\[1\\]", a reference list, `\\\\(`', () => {
  assert.deepEqual(found('见文献\\[1\\]与\\[2\\]。'), []);
  assert.deepEqual(found('\\[1\\] 张三. 论文题目.'), []);
  assert.deepEqual(found('a \\\\(b\\\\) c'), []);
  // A matrix written with escaped brackets, and a closer only paragraphs later.
  assert.deepEqual(found('\\[[0,0],[1,0]]\n可以构建\n\n下一段 x\n\\]'), []);
});

test('an escaped backslash before the closer does not close: \\\\) inside, then \\)', () => {
  assert.deepEqual(found('\\(a \\\\ b\\)'), ['a \\\\ b']);
  assert.deepEqual(found('\\(a\\\\) b\\)'), ['a\\\\) b']);
});

test('backslash delimiters are not read in code, and not with dollars off', () => {
  assert.deepEqual(found('`\\(x\\)` and\n\n```\n\\[\nx\n\\]\n```'), []);
  assert.deepEqual(scanMath('\\(x\\)\n\n\\[\ny\n\\]', { dollars: false }).spans, []);
});

test('a bare \\begin{align}…\\end{align} on lines of its own is display math, \\begin and \\end kept', () => {
  const spans = scanMath('前文\n\n\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}\n\n后文').spans;
  assert.equal(spans.length, 1);
  assert.equal(spans[0]?.tex, '\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}');
  assert.equal(spans[0]?.block, true);
  assert.deepEqual(found('\\begin{equation}\nx = 1\n\\end{equation}'), ['$$\\begin{equation}\nx = 1\n\\end{equation}$$']);
});

test('other environments, one inside a sentence, or one without its end in the paragraph stay text', () => {
  assert.deepEqual(found('\\begin{itemize}\nx\n\\end{itemize}'), []);
  assert.deepEqual(found('见 \\begin{equation}x\\end{equation} 式'), []);
  assert.deepEqual(found('\\begin{align}\na\n\n\\end{align}'), []);
  assert.deepEqual(found('\\begin{align}\na\n\\end{gather}'), []);
});
