import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inFrontMatterOrder, tagNames } from '../../../plugins/stable-order/order';

test('tags follow the front matter, strays last by name', () => {
  const tags = [{ name: 'AI' }, { name: 'z' }, { name: 'RAG' }, { name: 'b' }];
  assert.deepEqual(inFrontMatterOrder(tags, ['RAG', 'AI']).map((t) => t.name), ['RAG', 'AI', 'b', 'z']);
  assert.deepEqual(tagNames(['a', '', null, 3]), ['a', '3']);
  assert.deepEqual(tagNames('solo'), ['solo']);
  assert.deepEqual(tagNames(undefined), []);
});
