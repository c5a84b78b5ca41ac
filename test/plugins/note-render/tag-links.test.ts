import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rewriteTagLinks } from '../../../plugins/note-render/tag-links';

test('a link or image addressed by a tag is written as HTML with the tag in its attribute; its text stays Markdown', () => {
  assert.equal(rewriteTagLinks('见 [**这篇**]({% post_path other %})。'), '见 <a href="{% post_path other %}">**这篇**</a>。');
  assert.equal(rewriteTagLinks('[t]( {%- post_path other -%} "说明" )'), '<a href="{%- post_path other -%}" title="说明">t</a>');
  assert.equal(rewriteTagLinks("[t]({% post_path other %} 'a \"b\"')"), '<a href="{% post_path other %}" title="a &quot;b&quot;">t</a>');
  assert.equal(rewriteTagLinks('![图 "1"]({% asset_path a.png %})'), '<img src="{% asset_path a.png %}" alt="图 &quot;1&quot;">');
});

test('links with ordinary addresses, code spans and fenced code are left as written; lines keep their places', () => {
  const text = ['[普通](/a/) 与 [标签]({% post_path b %})', '`[代码]({% post_path c %})` [后]({% post_path d %})', '```md', '[围栏]({% post_path e %})', '```', '> [引用]({% post_path f %})'].join('\n');
  const out = rewriteTagLinks(text).split('\n');
  assert.deepEqual(out, [
    '[普通](/a/) 与 <a href="{% post_path b %}">标签</a>',
    '`[代码]({% post_path c %})` <a href="{% post_path d %}">后</a>',
    '```md',
    '[围栏]({% post_path e %})',
    '```',
    '> <a href="{% post_path f %}">引用</a>',
  ]);
});
