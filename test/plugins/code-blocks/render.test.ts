import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { normaliseLang, renderCodeBlock } from '../../../plugins/code-blocks/render';

test('a known language is highlighted and labelled', () => {
  const $ = cheerio.load(renderCodeBlock('const a = "<b>";\n', { lang: 'JavaScript', copyLabel: '复制' }));
  assert.equal($('figure.code-block').attr('data-lang'), 'javascript');
  assert.equal($('.code-lang').text(), 'javascript');
  assert.ok($('code .hljs-keyword').length > 0);
  assert.equal($('pre code').text(), 'const a = "<b>";\n');
  assert.equal($('button[data-copy]').text(), '复制');
});

test('an unknown language keeps its name and its text is escaped', () => {
  const $ = cheerio.load(renderCodeBlock('A=</code></pre><script>x</script>', { lang: 'env', copyLabel: 'Copy' }));
  assert.equal($('.code-lang').text(), 'env');
  assert.equal($('script').length, 0);
  assert.equal($('pre code').text(), 'A=</code></pre><script>x</script>');
});

test('no language is plain text', () => {
  assert.deepEqual(normaliseLang(undefined), { label: 'text', grammar: null });
  assert.deepEqual(normaliseLang('plaintext'), { label: 'text', grammar: null });
  assert.equal(normaliseLang('"><img>').grammar, null);
  const $ = cheerio.load(renderCodeBlock('x', { lang: '"><img src=x>', copyLabel: 'c' }));
  assert.equal($('img').length, 0);
});
