import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeWeight, hasHtmlMarkup, isLibrary, totalWeight, type Transfer } from '../../bench/browser';

const t = (url: string, type: string, gzipBytes: number): Transfer => ({
  url,
  type,
  contentType: '',
  bytes: gzipBytes * 3,
  gzipBytes,
  library: isLibrary(url),
  body: Buffer.alloc(0),
});

describe('bench page weight and search download rules', () => {
  test('mermaid and KaTeX are recognised by their path, not by the host or query', () => {
    assert.equal(isLibrary('http://127.0.0.1:1/js/mermaid.min.js'), true);
    assert.equal(isLibrary('http://127.0.0.1:1/css/KaTeX/katex.min.css'), true);
    assert.equal(isLibrary('http://127.0.0.1:1/fonts/KaTeX_Main-Regular.woff2'), true);
    assert.equal(isLibrary('http://127.0.0.1:1/js/main.js?mermaid'), false);
  });

  test('HTML + JS + CSS weight counts documents, scripts and stylesheets only', () => {
    const transfers = [
      t('http://h/ai/', 'document', 5000),
      t('http://h/js/main.js', 'script', 3000),
      t('http://h/css/style.css', 'stylesheet', 2000),
      t('http://h/favicon.svg', 'image', 400),
      t('http://h/js/mermaid.min.js', 'script', 900000),
      t('http://h/fonts/KaTeX_Main.woff2', 'font', 20000),
    ];
    assert.equal(codeWeight(transfers, false), 10000);
    assert.equal(codeWeight(transfers, true), 910000);
    assert.equal(totalWeight(transfers), 930400);
  });

  test('HTML markup: an HTML page, or HTML tags inside JSON or XML; plain text is fine', () => {
    assert.equal(hasHtmlMarkup('text/html; charset=utf-8', 'anything'), true);
    assert.equal(hasHtmlMarkup('application/xml', '<entry><content type="html"><![CDATA[<p>微调</p>]]></content></entry>'), true);
    assert.equal(hasHtmlMarkup('application/json', '{"content":"<figure class=\\"code-block\\">"}'), true);
    assert.equal(hasHtmlMarkup('application/xml', '<search><entry><title>大模型</title><url>/ai/</url></entry></search>'), false);
    assert.equal(hasHtmlMarkup('application/json', '{"title":"a < b > c","text":"x<y and Vec<T>"}'), false);
  });
});
