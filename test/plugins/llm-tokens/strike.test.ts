import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strikeTokenWarnings } from '../../../plugins/llm-tokens/strike';

/** Each warning as `line tag (reason)`. */
function warned(markdown: string, dollars = true): string[] {
  return strikeTokenWarnings(markdown, { dollars }).map(({ line, message }) => {
    const tag = message.startsWith('</s>') ? '</s>' : '<s>';
    return `${line} ${tag} ${/\(([^)]*)\)/.exec(message)?.[1] ?? ''}`;
  });
}

describe('<s> that looks like a token', () => {
  test('followed or preceded by a space', () => {
    assert.deepEqual(warned('句子以 <s> 开始，以 </s> 结束。'), ['1 <s> a space follows it', '1 </s> a space comes before it']);
  });

  test('alone in quotes, ASCII or CJK', () => {
    assert.deepEqual(warned("写作 '<s>' 或 “</s>”"), ['1 <s> it stands alone in quotes', '1 </s> it stands alone in quotes']);
  });

  test('alone in a table cell', () => {
    assert.deepEqual(warned('| a | b |\n| --- | --- |\n| <s> | 开始 |'), ['3 <s> it stands alone in a table cell']);
  });

  test('unbalanced within its paragraph, in a list or a quote', () => {
    assert.deepEqual(warned('- 开头<s>没有结尾\n\n> 只有结尾</s>了'), ['1 <s> no </s> closes it in its paragraph', '3 </s> no <s> opens it in its paragraph']);
  });

  test('a strikethrough does not warn, nor does <s> in code or a formula', () => {
    assert.deepEqual(warned('<s>删除线</s>，a <s>b</s> c，**<s>粗</s>**'), []);
    assert.deepEqual(warned('`<s>` and\n\n```\n<s> x\n```\n\n$P(w \\mid <s>)$'), []);
  });

  test('with dollars off, a formula is text', () => {
    assert.deepEqual(warned('$a <s>b$'), []);
    assert.deepEqual(warned('$a <s>b$', false), ['1 <s> no </s> closes it in its paragraph']);
  });

  test('lines count from the Markdown given, CRLF too', () => {
    assert.deepEqual(warned('a\r\n\r\nb\r\n\r\n句子 <s>x'), ['5 <s> no </s> closes it in its paragraph']);
  });

  test('the message says how to write it as text', () => {
    const [warning] = strikeTokenWarnings('<s> 开始');
    assert.match(warning?.message ?? '', /write `<s>` or &lt;s&gt;/);
  });
});
