// marked itself, with the extension as hexo-renderer-marked applies it (marked.use).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Marked } from 'marked';
import { tokenMarkedExtension } from '../../../plugins/llm-tokens/marked';

function render(markdown: string): string {
  return new Marked({ gfm: true }).use(tokenMarkedExtension()).parse(markdown, { async: false });
}

describe('the marked extension', () => {
  test('inline token tags become text; elements stay', () => {
    assert.equal(render('输出 <eos> 后停止，<b>粗</b>'), '<p>输出 &lt;eos&gt; 后停止，<b>粗</b></p>\n');
  });

  test('a token alone on its line starts a paragraph of Markdown, not an HTML block', () => {
    assert.equal(render('<think>\n**推理**\n</think>\n答案'), '<p>&lt;think&gt;\n<strong>推理</strong>\n&lt;/think&gt;\n答案</p>\n');
  });

  test('in a tight list item the token line is the item text', () => {
    assert.equal(render('- <think>\n  想\n- b'), '<ul>\n<li>&lt;think&gt;\n想</li>\n<li>b</li>\n</ul>\n');
  });

  test('an HTML block that starts with an element stays HTML, its tokens shown', () => {
    assert.equal(render('<div>\n<eos>\n</div>'), '<div>\n&lt;eos&gt;\n</div>');
  });

  test('code spans and fences are never touched', () => {
    assert.equal(render('`<think>`'), '<p><code>&lt;think&gt;</code></p>\n');
    assert.equal(render('```\n<think>\n```'), '<pre><code>&lt;think&gt;\n</code></pre>\n');
  });

  test('without the extension marked drops the same tokens into the HTML (what this fixes)', () => {
    assert.equal(new Marked({ gfm: true }).parse('输出 <eos>', { async: false }), '<p>输出 <eos></p>\n');
  });
});
