import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeForms, lineOfFirst } from '../../../plugins/shared/source-lines';

const RAW = ['---', 'title: t', '---', '前文', '<iframe src="https://v.example/p?a=1&amp;b=2"></iframe>', '![图](/images/a.png)'].join('\n');

test('the line of the first needle found, front matter counted, in the order given', () => {
  assert.equal(lineOfFirst(RAW, ['/images/a.png']), 6);
  assert.equal(lineOfFirst(RAW, ['/missing.png', 'a.png']), 6);
  assert.equal(lineOfFirst(RAW, ['title']), 2);
  assert.equal(lineOfFirst(RAW, ['nowhere', '']), null);
  assert.equal(lineOfFirst(undefined, ['a']), null);
});

test('an address the parser decoded is found as it was written, with &amp;', () => {
  const src = 'https://v.example/p?a=1&b=2';
  assert.equal(lineOfFirst(RAW, [src]), null);
  assert.deepEqual(attributeForms(src), [src, 'https://v.example/p?a=1&amp;b=2']);
  assert.equal(lineOfFirst(RAW, attributeForms(src)), 5);
  assert.deepEqual(attributeForms('/plain'), ['/plain']);
});
