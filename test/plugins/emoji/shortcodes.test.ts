import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Marked } from 'marked';
import { emojiMarkedExtension, replaceShortcodes } from '../../../plugins/emoji/shortcodes';

test("GitHub's names become their emoji; unknown names, and codes glued to letters or digits, stay as written", () => {
  assert.equal(replaceShortcodes('完成 :tada: 了 :+1: :white_check_mark:'), '完成 🎉 了 👍 ✅');
  assert.equal(replaceShortcodes(':nosuch: and :Tada:'), ':nosuch: and :Tada:');
  assert.equal(replaceShortcodes('10:30:45, a[1:100:2], foo:smile:bar'), '10:30:45, a[1:100:2], foo:smile:bar');
  assert.equal(replaceShortcodes('（:smile:）:100:'), '（😄）💯');
  assert.equal(replaceShortcodes('no colon at all'), 'no colon at all');
});

test('in a note: prose, emphasis, links, lists and tables change; code, addresses, HTML and fences do not', () => {
  const marked = new Marked();
  marked.use(emojiMarkedExtension());
  const html = marked.parse(
    [
      '好 :tada: **:fire:** [链接 :+1:](https://x.test/:tada:) `:tada:` <span title=":tada:">:rocket:</span>',
      '',
      '- 项 :smile:',
      '',
      '| 列 :fire: |',
      '| - |',
      '| :rocket: |',
      '',
      '```',
      ':tada:',
      '```',
    ].join('\n'),
  ) as string;
  assert.match(html, /好 🎉 <strong>🔥<\/strong> <a href="https:\/\/x\.test\/:tada:">链接 👍<\/a> <code>:tada:<\/code> <span title=":tada:">/);
  assert.match(html, /<li>项 😄<\/li>/);
  assert.match(html, /<th>列 🔥<\/th>[\s\S]*<td>🚀<\/td>/);
  assert.match(html, /<pre><code>:tada:\n<\/code><\/pre>/);
});

test('every shortcode of a paragraph of thousands of tokens is replaced', () => {
  const marked = new Marked();
  marked.use(emojiMarkedExtension());
  const paragraph = Array.from({ length: 3000 }, (_, i) => `**b${i}** 10:30 :tada:`).join(' ');
  const html = marked.parse(paragraph) as string;
  assert.equal(html.match(/🎉/g)?.length, 3000);
});
