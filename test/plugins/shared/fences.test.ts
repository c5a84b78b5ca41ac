import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFences, isMarkdownSource } from '../../../plugins/shared/fences';

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
});

test('an unclosed fence runs to the end; a backtick fence cannot have backticks in its info', () => {
  const fences = findFences('```\na\nb');
  assert.equal(fences[0]?.closed, false);
  assert.equal(fences[0]?.end, 7);
  assert.deepEqual(findFences('```a`b```\n'), []);
});

test('Markdown sources', () => {
  assert.equal(isMarkdownSource('_posts/a.md'), true);
  assert.equal(isMarkdownSource('about/index.MARKDOWN'), true);
  assert.equal(isMarkdownSource('demo.html'), false);
});
