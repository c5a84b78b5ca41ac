import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { parseInfo } from '../../../plugins/code/files/recognise';
import { findFences, isMarkdownSource } from '../../../plugins/shared/fences';

interface HexoCall {
  code: string;
  lang: string | undefined;
}

/** Runs Hexo's own fence filter with a recording highlighter: the blocks it highlights and the text it leaves. */
function hexoFilter(markdown: string): { calls: HexoCall[]; content: string } {
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
          return `@${calls.length}@`;
        },
      },
    },
  };
  const data = { content: markdown };
  filter(ctx)(data);
  return { calls, content: data.content };
}

/** The same, from our fences: the highlighted ones replaced as Hexo replaces them. */
function ours(markdown: string): { calls: HexoCall[]; content: string } {
  const fences = findFences(markdown).filter((f) => f.highlighted);
  let content = '';
  let at = 0;
  fences.forEach((f, i) => {
    const newline = markdown[f.end - 1] === '\n' ? '\n' : '';
    content += `${markdown.slice(at, f.start)}${f.prefix}<hexoPostRenderCodeBlock>@${i + 1}@</hexoPostRenderCodeBlock>${newline}`;
    at = f.end;
  });
  content += markdown.slice(at);
  return { calls: fences.map((f) => ({ code: f.body, lang: f.info.split(/\s+/)[0] || undefined })), content };
}

/** Hexo hands the highlighter list items' code with its indentation; the body drops it, as CommonMark does. */
function withoutListIndent(markdown: string, calls: HexoCall[]): HexoCall[] {
  const fences = findFences(markdown).filter((f) => f.highlighted);
  return calls.map((call, i) => {
    const prefix = fences[i]?.prefix ?? '';
    const indent = prefix.includes('>') ? 0 : prefix.length;
    return indent > 0 ? { ...call, code: call.code.replace(new RegExp(`^ {1,${indent}}`, 'gm'), '') } : call;
  });
}

const SAMPLES: Record<string, string> = {
  backticks: 'Text\n\n```yaml\na: 1\n```\n\nMore\n',
  tildes: '~~~env\nA=1\n~~~\n',
  'longer outer fence': '````markdown\n```yaml\na: 1\n```\n````\n',
  'in a blockquote': '> Quote\n>\n> ```yaml\n> services:\n>   a:\n>     image: x\n> ```\n',
  'in a list': '- item\n- ```yaml\n  a: 1\n  ```\n',
  'indented in a list': '1. step\n\n   ```env\n   A=1\n   ```\n',
  'inside an HTML comment': '<!--\n```yaml\na: 1\n```\n-->\n\n```js\nx\n```\n',
  'info string with title and options': '```yaml title="compose.override.yml" mark:1\nservices: []\n```\n',
  'highlight off': '```yaml highlight:false\na: 1\n```\n',
  'two blocks back to back': '```a\n1\n```\n```b\n2\n```\n',
  'empty block': '```yaml\n```\n',
  'unclosed fence': '```yaml\na: 1\n',
  'unclosed fence before a closed one': '```yaml\na: 1\n\n```js\nx\n```\n\nafter\n',
  'indented four spaces': 'para\n\n    ```\n    x\n    ```\n\nafter\n',
  'closing fence indented four spaces': '```\nx\n    ```\nin\n```\n\nafter\n',
  'backtick in the info string': '```a`b\nx\n```\n',
  'blank lines after the fence': '```\nx\n```\n\n\n\nafter',
  'no final newline': 'a\n```\nx\n```',
  // Fences only marked reads: Hexo highlights none of these.
  'list item with a parenthesis': '1) ```\n   x\n   ```\n',
  'nested list markers': '- - ```\n    x\n    ```\n',
  'four quote levels': '> > > > ```\n> > > > x\n> > > > ```\n',
  'longer closing run': '```\nx\n````\n',
  'closing run with two trailing spaces': '```\nx\n```  \n',
};

for (const [name, markdown] of Object.entries(SAMPLES)) {
  test(`highlights the fences Hexo highlights: ${name}`, () => {
    const hexo = hexoFilter(markdown);
    const mine = ours(markdown);
    assert.deepEqual(mine.calls, withoutListIndent(markdown, hexo.calls));
    assert.equal(mine.content, hexo.content);
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
  assert.equal(fences[1]?.highlighted, false);
});

test('backtick and tilde fences with their info string and body', () => {
  const fences = findFences('a\n```js title\nx = 1\n```\n~~~~\ny\n~~~~\n');
  assert.deepEqual(
    fences.map((f) => [f.marker, f.info, f.body, f.line, f.closed]),
    [
      ['```', 'js title', 'x = 1', 2, true],
      ['~~~~', '', 'y', 5, true],
    ],
  );
});

test('a longer outer fence holds a shorter inner one as its text', () => {
  const fences = findFences('````md\n```mermaid\ngraph TD\n```\n````\n');
  assert.equal(fences.length, 1);
  assert.equal(fences[0]?.body, '```mermaid\ngraph TD\n```');
});

test('fences inside lists and quotes lose their container prefix in the body', () => {
  assert.equal(findFences('- item\n  ```\n  a\n    b\n  ```\n')[0]?.body, 'a\n  b');
  const quoted = findFences('> ```\n> a\n> ```\n')[0];
  assert.equal(quoted?.prefix, '> ');
  assert.equal(quoted?.body, 'a');
  assert.equal(findFences('- ```yaml\n  services:\n    a: 1\n  ```\n')[0]?.body, 'services:\n  a: 1');
});

test('an unclosed fence runs to the end; a backtick fence cannot have backticks in its info', () => {
  const fences = findFences('```\na\nb');
  assert.equal(fences[0]?.closed, false);
  assert.equal(fences[0]?.end, 7);
  assert.deepEqual(findFences('```a`b```\n'), []);
});

// Where Hexo's filter and marked disagree, the page shows what runs first: Hexo's
// filter (priority 10) highlights what its expression matches; marked reads the rest.
test('an unclosed fence is code marked renders, not a highlighted block', () => {
  const [fence] = findFences('text\n\n```yaml\na: $x$\n\nmore\n');
  assert.deepEqual([fence?.closed, fence?.highlighted, fence?.start, fence?.body], [false, false, 6, 'a: $x$\n\nmore']);
});

test('an unclosed fence followed by a closed one is one block up to that closing run, as Hexo pairs them', () => {
  const fences = findFences('```yaml\na: 1\n\n```js\nx\n```\n\n$y$\n');
  assert.deepEqual(fences.map((f) => [f.highlighted, f.body]), [[true, 'a: 1\n\n```js\nx']]);
});

test('a backtick in the info string does not stop Hexo from highlighting the block', () => {
  const [fence] = findFences('```a`b\n$x$\n```\n');
  assert.deepEqual([fence?.highlighted, fence?.info, fence?.body], [true, 'a`b', '$x$']);
});

test('fences Hexo does not match are still code: marked renders them', () => {
  for (const markdown of ['1) ```\n   $x$\n   ```\n', '- - ```\n    $x$\n    ```\n', '> > > > ```\n> > > > $x$\n> > > > ```\n', '```\n$x$\n````\n', '```\n$x$\n```  \n']) {
    const fences = findFences(markdown);
    assert.deepEqual(fences.map((f) => [f.highlighted, f.closed, f.body]), [[false, true, '$x$']], markdown);
  }
});

test('a fence indented four spaces is highlighted by Hexo, and its closing run may be indented too', () => {
  assert.deepEqual(findFences('para\n\n    ```\n    $x$\n    ```\n').map((f) => [f.highlighted, f.body]), [[true, '$x$']]);
  const fences = findFences('```\n$x$\n    ```\nin\n```\n\nafter\n');
  assert.deepEqual(fences.map((f) => [f.highlighted, f.closed, f.body]), [[true, true, '$x$'], [false, false, '\nafter']]);
});

test('a fence inside an HTML comment is not code: Hexo and marked leave the comment alone', () => {
  const fences = findFences('<!--\n```yaml\na: 1\n```\n-->\n\n```js\nx\n```\n');
  assert.deepEqual(fences.map((f) => [f.info, f.line]), [['js', 7]]);
});

test('Markdown sources', () => {
  assert.equal(isMarkdownSource('_posts/a.md'), true);
  assert.equal(isMarkdownSource('about/index.MARKDOWN'), true);
  assert.equal(isMarkdownSource('demo.html'), false);
});

test('a fence marked reads inside a list item or quote ends with its container', () => {
  assert.deepEqual(findFences('- ```\n  $x$\n\nafter $y$\n').map((f) => [f.closed, f.end, f.body]), [[false, 13, '$x$\n']]);
  assert.deepEqual(findFences('> ~~~\n> $x$\n\nafter $y$\n').map((f) => [f.closed, f.end, f.body]), [[false, 12, '$x$']]);
});
