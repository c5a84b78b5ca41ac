// Formulas in real Hexo builds: protected from Nunjucks and Markdown, rendered by
// KaTeX, flagged on the post so only those pages link KaTeX's stylesheet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const FORMULAS = [
  '词元序列 $x_{1}, \\dots, x_{L}$ 的概率，其中 $p_{T}(x_i)$ 与 $a_b * c_d$ 不是斜体。',
  '$V$ 开头的一行，*这里* 是强调。',
  '',
  '$$',
  '\\underbrace{{the}, {mouse}, {ate}}_\\text{prompt} \\stackrel{T=0}{\\leadsto} \\underbrace{{the}, {cheese}}_\\text{completion}.',
  '$$',
  '',
  '$$',
  '\\begin{aligned}',
  'a &= b \\\\',
  'c &= d {% a TeX comment, not a Nunjucks tag',
  '}',
  '\\end{aligned}',
  '$$',
  '',
  '{% mathjax %}',
  '\\frac{{n}}{k}',
  '{% endmathjax %}',
  '',
  "{% mathjax '{\"conversion\": {\"display\": true}}' %}",
  '\\sum_{i=1}^{n} i',
  '{% endmathjax %}',
  '',
  "行内 {% katex %}c = \\pm\\sqrt{a^2 + b^2}{% endkatex %} 结束。",
  '',
  'It costs $5 and $10, and \\$20 with an escaped dollar.',
  '',
  '```bash',
  'echo "$HOME costs $5" $x$',
  '```',
  '',
  'Inline code: `$PATH` and `$y$`.',
].join('\n');

let site: Site;
before(async () => {
  site = await buildSite({
    files: {
      '_posts/formulas.md': note({ title: '公式', id: 'formulas' }, FORMULAS),
      '_posts/invalid-tex.md': note({ title: '错误', id: 'invalid-tex' }, '正常 $a$。\n\n坏的 $\\frac{a$ 公式。\n\n$$\n\\nosuchmacro{x}\n$$\n\n{% katex %} 没有结束'),
      // No dollar at all: the backslash delimiters alone make the note scanned.
      '_posts/backslash.md': note({ title: '反斜杠', id: 'backslash' }, '注意力 \\( \\mathrm{softmax}(QK^T) \\) 的输出。\n\n\\[\nE = mc^2\n\\]\n\n见文献\\[1\\]。\n\n\\begin{align}\na &= b\n\\end{align}'),
      '_posts/prices.md': note({ title: '价格', id: 'prices' }, 'Between $5 and $10, no math here.'),
      '_posts/math-off.md': note({ title: '关闭', id: 'math-off', math: false }, 'Shell: $HOME and $PATH$ stay text.\n\n{% katex %}x_1{% endkatex %}'),
      'about/index.md': note({ title: '关于', layout: 'page' }, '页面也有公式 $E = mc^2$。'),
      '_posts/excerpt.md': note({ title: '摘要', id: 'excerpt', date: '2030-01-01 00:00:00' }, '能量 $E = mc^2$ 在摘要里。\n\n<!-- more -->\n\n## 正文\n\n$$\n\\int_0^1 x\\,dx\n$$'),
    },
  });
});
after(() => site.remove());

test('the build succeeds with no ERROR, whatever the formulas', () => {
  assert.equal(site.code, 0, site.output);
  assert.deepEqual(site.errors, []);
});

test('inline and display formulas are KaTeX HTML in the contract wrappers', () => {
  const $ = site.$('formulas/index.html');
  const body = $('.note-body');
  assert.equal(body.find('span.math.math-inline').length, 6);
  assert.equal(body.find('div.math.math-display').length, 3);
  assert.equal(body.find('.math .katex').length, 9);
  assert.equal(body.find('.math-error').length, 0);
  // Every TeX source arrives intact: braces, backslashes, underscores, `{{` and `{%`.
  const tex = body.find('annotation').map((_, el) => $(el).text()).get();
  assert.ok(tex.includes('x_{1}, \\dots, x_{L}'));
  assert.ok(tex.includes('a_b * c_d'));
  assert.ok(tex.includes('\\underbrace{{the}, {mouse}, {ate}}_\\text{prompt} \\stackrel{T=0}{\\leadsto} \\underbrace{{the}, {cheese}}_\\text{completion}.'));
  assert.ok(tex.includes('\\begin{aligned}\na &= b \\\\\nc &= d {% a TeX comment, not a Nunjucks tag\n}\n\\end{aligned}'));
  assert.ok(tex.includes('\\frac{{n}}{k}'));
  assert.ok(tex.includes('\\sum_{i=1}^{n} i'));
  assert.ok(tex.includes('c = \\pm\\sqrt{a^2 + b^2}'));
});

test('Markdown never touches math, and the text around it is still Markdown', () => {
  const $ = site.$('formulas/index.html');
  const body = $('.note-body');
  assert.deepEqual(body.find('em').map((_, el) => $(el).text()).get(), ['这里']);
  // A line that starts with a formula still continues the paragraph, Markdown and all.
  const first = body.find('p').filter((_, p) => $(p).text().includes('开头的一行'));
  assert.equal(first.find('span.math-inline').length, 4);
  assert.equal(first.find('em').text(), '这里');
  // hexo-math tags: inline by default, display with conversion.display.
  assert.equal(body.find('p span.math-inline annotation').filter((_, a) => $(a).text().startsWith('\\frac{{n}}')).length, 1);
  assert.equal(body.find('div.math-display annotation').filter((_, a) => $(a).text() === '\\sum_{i=1}^{n} i').length, 1);
});

test('\\(…\\), \\[…\\] and a bare \\begin{align} are formulas; escaped brackets in a sentence stay brackets', () => {
  const $ = site.$('backslash/index.html');
  const body = $('.note-body');
  assert.equal(body.find('p span.math.math-inline annotation').text(), '\\mathrm{softmax}(QK^T)');
  const display = body.find('div.math.math-display annotation').map((_, a) => $(a).text()).get();
  assert.deepEqual(display, ['E = mc^2', '\\begin{align}\na &= b\n\\end{align}']);
  assert.equal(body.find('.math-error').length, 0);
  assert.ok(body.text().includes('见文献[1]。'), body.text());
  assert.ok(!body.text().includes('\\('), body.text());
});

test('prices, escaped dollars and code keep their dollar signs as text', () => {
  const $ = site.$('formulas/index.html');
  const body = $('.note-body');
  assert.ok(body.text().includes('It costs $5 and $10, and $20 with an escaped dollar.'));
  assert.equal(body.find('figure.code-block pre code').text(), 'echo "$HOME costs $5" $x$');
  assert.deepEqual(body.find('p > code').map((_, el) => $(el).text()).get(), ['$PATH', '$y$']);
  const prices = site.$('prices/index.html');
  assert.equal(prices('.note-body').text().trim(), 'Between $5 and $10, no math here.');
  // math: false turns dollars off; the tags still render.
  assert.equal(site.$('math-off/index.html')('.math').length, 1);
  assert.ok(site.$('math-off/index.html')('.note-body').text().includes('$HOME and $PATH$'));
});

test('invalid TeX shows its source with math-error and warns with the file and line', () => {
  const $ = site.$('invalid-tex/index.html');
  assert.equal($('.note-body span.math-inline:not(.math-error) .katex').length, 1);
  assert.equal($('.note-body span.math-inline.math-error code').text(), '$\\frac{a$');
  assert.equal($('.note-body div.math-display.math-error pre').text(), '$$\n\\nosuchmacro{x}\n$$');
  assert.ok($('.note-body').text().includes('{% katex %} 没有结束'));
  const warnings = site.warnings.filter((w) => w.includes('math:'));
  assert.equal(warnings.length, 3, warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('source/_posts/invalid-tex.md:10:') && w.includes('\\frac{a')));
  assert.ok(warnings.some((w) => w.includes('source/_posts/invalid-tex.md:12:') && w.includes('nosuchmacro')));
  assert.ok(warnings.some((w) => w.includes('source/_posts/invalid-tex.md:16:') && w.includes('endkatex')));
});

test('KaTeX CSS is linked only on pages with math, and served with its fonts', () => {
  const css = 'link[rel="stylesheet"][href="/vendor/katex/katex.min.css"]';
  assert.equal(site.$('formulas/index.html')(css).length, 1);
  assert.equal(site.$('about/index.html')(css).length, 1);
  assert.equal(site.$('prices/index.html')(css).length, 0);
  assert.equal(site.$('index.html')(css).length, 0);
  const stylesheet = site.read('vendor/katex/katex.min.css');
  const fonts = [...stylesheet.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  assert.ok(fonts.length >= 19);
  for (const font of fonts) assert.ok(site.exists(`vendor/katex/${font}`), font);
  // No math JavaScript, no diagrams library: this site has no diagram.
  assert.ok(!site.exists('vendor/mermaid'));
  assert.equal(site.$('formulas/index.html')('script[src*="katex"]').length, 0);
});

test('formulas are whole wherever the note goes: page, excerpt, list summary and feed', () => {
  // KaTeX's markup skips the DOM pass (plugins/post-dom/deferred.ts) and must be back everywhere.
  const files = ['excerpt/index.html', 'index.html', 'atom.xml'];
  for (const file of files) assert.doesNotMatch(site.read(file), /[\uE000\uE001]/, `${file} has no placeholder`);
  const $ = site.$('excerpt/index.html');
  assert.equal($('.note-body .math .katex').length, 2);
  assert.ok($('.note-body h2#正文').length === 1, 'the rest of the note went through the transforms');
  const item = site.$('index.html')('.note-item').filter((_, el) => site.$('index.html')(el).text().includes('摘要'));
  assert.match(item.find('.note-item-excerpt').text(), /^能量 E=mc2 在摘要里。$/);
  const feed = site.read('atom.xml');
  const entry = feed.slice(feed.indexOf('<title>摘要</title>'));
  const summary = /<summary type="html">([\s\S]*?)<\/summary>/.exec(entry)?.[1] ?? '';
  assert.match(summary, /katex-mathml/, 'the excerpt carries the rendered formula');
  assert.doesNotMatch(summary, /int_0/, 'and stops at <!-- more -->');
});

test('has_math is stored with the post and still drives the layout on a cached rebuild', async () => {
  const db = JSON.parse(fs.readFileSync(path.join(site.dir, 'db.json'), 'utf8')) as { models: { Post: Array<{ source: string; has_math?: boolean }> } };
  const flags = Object.fromEntries(db.models.Post.map((p) => [p.source, p.has_math]));
  assert.equal(flags['_posts/formulas.md'], true);
  assert.equal(flags['_posts/prices.md'], false);
  const again = await site.hexo('generate');
  assert.equal(again.code, 0);
  assert.equal(site.$('formulas/index.html')('link[href="/vendor/katex/katex.min.css"]').length, 1);
  assert.ok(site.exists('vendor/katex/katex.min.css'));
});
