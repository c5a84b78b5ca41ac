import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resultHref } from '../../../themes/notes/browser/search/render';

const base = 'https://site.test/search/';

test('a result links to its section with the words to highlight', () => {
  assert.equal(resultHref({ url: '/ai/#微调' }, '微调 LoRA', base), `/ai/?hl=${encodeURIComponent('微调 LoRA').replace(/%20/g, '+')}#%E5%BE%AE%E8%B0%83`);
});

test('a query of tag filters alone highlights nothing: no ?hl=', () => {
  assert.equal(resultHref({ url: '/ai/' }, '', base), '/ai/');
  assert.equal(resultHref({ url: '/ai/#x' }, '  ', base), '/ai/#x');
});
