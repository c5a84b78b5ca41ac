import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { normaliseLang, renderCodeBlock } from '../../../../plugins/code/highlight/render';

test('a known language is highlighted and labelled', () => {
  const $ = cheerio.load(renderCodeBlock('const a = "<b>";\n', { lang: 'JavaScript', copyLabel: '复制', wrapLabel: 'wrap' }));
  assert.equal($('figure.code-block').attr('data-lang'), 'javascript');
  assert.equal($('.code-lang').text(), 'javascript');
  assert.ok($('code .hljs-keyword').length > 0);
  assert.equal($('pre code').text(), 'const a = "<b>";\n');
  assert.equal($('button[data-copy]').text(), '复制');
});

test('an unknown language keeps its name and its text is escaped', () => {
  const $ = cheerio.load(renderCodeBlock('A=</code></pre><script>x</script>', { lang: 'nosuchlang', copyLabel: 'Copy', wrapLabel: 'wrap' }));
  assert.equal($('.code-lang').text(), 'nosuchlang');
  assert.equal($('script').length, 0);
  assert.equal($('pre code').text(), 'A=</code></pre><script>x</script>');
});

test('lang:title is the language and a title; a title written in the info string wins', () => {
  const $ = cheerio.load(renderCodeBlock('print(1)\n', { lang: 'python:hello', copyLabel: 'c', wrapLabel: 'wrap' }));
  assert.equal($('figure.code-block').attr('data-lang'), 'python');
  assert.equal($('figure.code-block').attr('data-title'), 'hello');
  assert.equal($('.code-title').text(), 'hello');
  assert.ok($('code .hljs-built_in, code .hljs-number').length > 0);
  const own = cheerio.load(renderCodeBlock('x', { lang: 'js:a', caption: '<span>[b.js]</span>', copyLabel: 'c', wrapLabel: 'wrap' }));
  assert.equal(own('figure.code-block').attr('data-title'), 'b.js');
  assert.equal(cheerio.load(renderCodeBlock('x', { lang: 'c++', copyLabel: 'c', wrapLabel: 'wrap' }))('figure.code-block').attr('data-title'), undefined);
});

test('no language is plain text', () => {
  assert.deepEqual(normaliseLang(undefined), { label: 'text', grammar: null });
  assert.deepEqual(normaliseLang('plaintext'), { label: 'text', grammar: null });
  assert.equal(normaliseLang('"><img>').grammar, null);
  const $ = cheerio.load(renderCodeBlock('x', { lang: '"><img src=x>', copyLabel: 'c', wrapLabel: 'wrap' }));
  assert.equal($('img').length, 0);
});

test('env blocks are highlighted as keys, values and comments', () => {
  const code = '# 工作目录\nexport WORKSPACE_BASE="./w ${HOME}" # inline\nUID=$(id -u)\nA=</code><script>x</script>\n';
  const $ = cheerio.load(renderCodeBlock(code, { lang: 'env', copyLabel: 'Copy', wrapLabel: 'wrap' }));
  assert.equal($('figure.code-block').attr('data-lang'), 'env');
  assert.deepEqual($('.hljs-attr').map((_, el) => $(el).text()).get(), ['WORKSPACE_BASE', 'UID', 'A']);
  assert.deepEqual($('.hljs-comment').map((_, el) => $(el).text()).get(), ['# 工作目录', ' # inline']);
  assert.equal($('.hljs-keyword').text().trim(), 'export');
  assert.equal($('.hljs-variable').text(), '${HOME}');
  assert.equal($('.hljs-subst').text(), '$(id -u)');
  assert.equal($('script').length, 0);
  assert.equal($('pre code').text(), code);
  assert.equal(normaliseLang('dotenv').grammar, 'dotenv');
});
