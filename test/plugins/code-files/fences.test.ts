import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileText, findFences } from '../../../plugins/code-files/fences';
import { parseInfo } from '../../../plugins/code-files/recognise';

interface HexoCall {
  code: string;
  lang: string | undefined;
}

/** Runs Hexo's own fence filter with a recording highlighter. */
function hexoFences(markdown: string): HexoCall[] {
  const require = createRequire(__filename);
  const filter = require('hexo/dist/plugins/filter/before_post_render/backtick_code_block.js') as (ctx: unknown) => (data: { content: string }) => void;
  const calls: HexoCall[] = [];
  const ctx = {
    config: { syntax_highlighter: 'record' },
    extend: {
      highlight: {
        query: () => true,
        exec: (_name: string, { args }: { args: [string, { lang?: string }] }) => {
          calls.push({ code: args[0], lang: args[1].lang });
          return 'X';
        },
      },
    },
  };
  filter(ctx)({ content: markdown });
  return calls;
}

function ours(markdown: string): HexoCall[] {
  return findFences(markdown)
    .filter((f) => !f.highlightOff)
    .map((f) => ({ code: f.code, lang: f.info.split(/\s+/)[0] || undefined }));
}

const SAMPLES: Record<string, string> = {
  backticks: 'Text\n\n```yaml\na: 1\n```\n\nMore\n',
  tildes: '~~~env\nA=1\n~~~\n',
  'longer outer fence': '````markdown\n```yaml\na: 1\n```\n````\n',
  'in a blockquote': '> Quote\n>\n> ```yaml\n> services:\n>   a:\n>     image: x\n> ```\n',
  'in a list': '- item\n- ```yaml\n  a: 1\n  ```\n',
  'indented in a list': '1. step\n\n   ```env\n   A=1\n   ```\n',
  'inside an HTML comment': '<!--\n```yaml\na: 1\n```\n-->\n\n```js\nx\n```\n',
  'info string with title and options': '```yaml title="compose.override.yml" mark:1\nservices: {}\n```\n',
  'highlight off': '```yaml highlight:false\na: 1\n```\n',
  'two blocks back to back': '```a\n1\n```\n```b\n2\n```\n',
  'empty block': '```yaml\n```\n',
  'unclosed fence': '```yaml\na: 1\n',
};

for (const [name, markdown] of Object.entries(SAMPLES)) {
  test(`finds the fences Hexo finds: ${name}`, () => {
    assert.deepEqual(ours(markdown), hexoFences(markdown));
  });
}

test('fences carry their line, info string and options', () => {
  const fences = findFences('# T\n\nText\n\n```yaml title="a.yml" mark:1\nx: 1\n```\n\n~~~ yaml highlight:false\ny\n~~~\n');
  assert.equal(fences.length, 2);
  assert.equal(fences[0]?.line, 5);
  assert.equal(fences[0]?.info, 'yaml title="a.yml"');
  assert.deepEqual(parseInfo(fences[0]?.info ?? ''), { lang: 'yaml', name: 'a.yml' });
  assert.equal(fences[1]?.line, 9);
  assert.equal(fences[1]?.highlightOff, true);
});

test('the file text drops list indentation and ends with a newline', () => {
  const [listed] = findFences('- ```yaml\n  services:\n    a:\n      image: x\n  ```\n');
  assert.ok(listed);
  assert.equal(fileText(listed), 'services:\n  a:\n    image: x\n');
  const [quoted] = findFences('> ```env\n> A=1\n> B=2\n> ```\n');
  assert.ok(quoted);
  assert.equal(fileText(quoted), 'A=1\nB=2\n');
  const [empty] = findFences('```env\n```\n');
  assert.ok(empty);
  assert.equal(fileText(empty), '');
});
