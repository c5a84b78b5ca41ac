// Butterfly's and NexT's {% mermaid %} tags, read as mermaid fences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayHoldMermaidTag, mermaidTagsToFences } from '../../../plugins/mermaid/tags';

test("Butterfly's tag holds the whole diagram; NexT's argument is the diagram's first line", () => {
  const butterfly = ['前文', '{% mermaid %}', 'pie title 宠物', '  "狗" : 386', '{% endmermaid %}', '后文'].join('\n');
  assert.equal(mermaidTagsToFences(butterfly).markdown, ['前文', '```mermaid', 'pie title 宠物', '  "狗" : 386', '```', '后文'].join('\n'));
  const next = ['{%- mermaid graph TD -%}', 'A --> B', '{% endmermaid %}', ''].join('\n');
  assert.equal(mermaidTagsToFences(next).markdown, ['```mermaid', 'graph TD', 'A --> B', '```', ''].join('\n'));
  assert.equal(mermaidTagsToFences('  {% mermaid %}\r\n  graph LR\r\n  {% endmermaid %}\r\n').markdown, '  ```mermaid\r\n  graph LR\r\n  ```\r\n');
});

test('in code and {% raw %} the tags stay; an unclosed one warns with its line and is escaped', () => {
  const code = ['```markdown', '{% mermaid %}', 'graph LR', '{% endmermaid %}', '```', '', '{% raw %}', '{% mermaid %}', '{% endmermaid %}', '{% endraw %}'].join('\n');
  assert.deepEqual(mermaidTagsToFences(code), { markdown: code, warnings: [] });
  const unclosed = mermaidTagsToFences(['正文', '{% mermaid %}', 'graph LR'].join('\n'));
  assert.deepEqual(unclosed.warnings, [{ line: 1, message: '"{% mermaid %}" is never closed (end it with a line holding only "{% endmermaid %}"); shown as text' }]);
  assert.equal(unclosed.markdown, ['正文', '&#123;% mermaid %}', 'graph LR'].join('\n'));
});

test('the pre-check', () => {
  assert.equal(mayHoldMermaidTag('文字 {% mermaid %}'), true);
  assert.equal(mayHoldMermaidTag('```mermaid\ngraph LR\n```'), false);
});
