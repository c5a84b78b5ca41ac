import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TokenTagEscaper, tagSpans } from '../../../plugins/llm-tokens/escape';

const escape = (html: string): string => new TokenTagEscaper().escape(html);

describe('tag spans', () => {
  test('start, end and self-closing tags with their offsets; a > inside a quoted attribute is not the end', () => {
    const html = '<a href="x>y">t</a ><br/>';
    assert.deepEqual(tagSpans(html), [
      { start: 0, end: 14, name: 'a', closing: false, selfClosing: false },
      { start: 15, end: 20, name: 'a', closing: true, selfClosing: false },
      { start: 20, end: 25, name: 'br', closing: false, selfClosing: true },
    ]);
  });

  test('comments and the content of script, style and textarea hold no tags', () => {
    assert.deepEqual(tagSpans('<!-- <think> -->').length, 0);
    assert.deepEqual(tagSpans('<script>a<think></script>').map((s) => s.name), ['script', 'script']);
    assert.deepEqual(tagSpans('<textarea><eos></textarea>').map((s) => s.name), ['textarea', 'textarea']);
  });
});

describe('token tags as text', () => {
  test('start and end tags, with their attributes, as written', () => {
    assert.equal(escape('<think>'), '&lt;think&gt;');
    assert.equal(escape('</think>'), '&lt;/think&gt;');
    assert.equal(escape('<think foo="x">'), '&lt;think foo=&quot;x&quot;&gt;');
    assert.equal(escape('<tool_call>'), '&lt;tool_call&gt;');
    assert.equal(escape('<image src="a.png">'), '&lt;image src=&quot;a.png&quot;&gt;');
  });

  test('inside an HTML block, only the tokens change', () => {
    assert.equal(
      escape('<details>\n<summary>看</summary>\n<begin> x <end>\n</details>'),
      '<details>\n<summary>看</summary>\n&lt;begin&gt; x &lt;end&gt;\n</details>',
    );
  });

  test('elements, custom elements, comments and script content are untouched', () => {
    for (const html of ['<b>x</b>', '<kbd>K</kbd>', '<br>', '<s>删除线</s>', '<my-el a="1">', '<!-- <think> -->', '<script>a<think></script>', '<iframe src="x">']) {
      assert.equal(escape(html), html);
    }
  });

  test('inside <svg> and <math> every name is left to the browser, across pieces of one document', () => {
    const escaper = new TokenTagEscaper();
    assert.equal(escaper.escape('<svg viewBox="0 0 1 1">'), '<svg viewBox="0 0 1 1">');
    assert.equal(escaper.escape('<mask id="m">'), '<mask id="m">');
    assert.equal(escaper.escape('<image href="a.png"/>'), '<image href="a.png"/>');
    assert.equal(escaper.escape('</svg>'), '</svg>');
    assert.equal(escaper.escape('<mask>'), '&lt;mask&gt;');
    assert.equal(escape('<math><mi>x</mi></math><mi>'), '<math><mi>x</mi></math>&lt;mi&gt;');
  });
});
