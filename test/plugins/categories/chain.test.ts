import assert from 'node:assert/strict';
import { test } from 'node:test';
import { categoryChain, groupTrail, seriesName } from '../../../plugins/shared/note-facts';
import { facts, tag } from '../../helpers/note-facts';

test('the nested form gives a chain, outermost first; of several, the first by name', () => {
  const docs = [
    { _id: '2', name: 'Spark', path: 'categories/big/Spark/', parent: '1' },
    { _id: '1', name: '大数据', path: 'categories/big/' },
    { _id: '3', name: 'Linux', path: 'categories/Linux/' },
  ];
  assert.deepEqual(categoryChain(docs.slice(0, 2)).map((c) => c.name), ['大数据', 'Spark']);
  assert.deepEqual(categoryChain(docs).map((c) => c.name), ['Linux']);
  assert.deepEqual(categoryChain([]), []);
});

test('the group: category under auto and category, first tag under auto and tag', () => {
  const cat = [{ name: 'C', path: 'categories/C/' }];
  assert.deepEqual(groupTrail(facts('a', { categories: cat, tags: [tag('t')] }), 'auto'), cat);
  assert.deepEqual(groupTrail(facts('a', { categories: cat, tags: [tag('t')] }), 'tag'), [tag('t')]);
  assert.deepEqual(groupTrail(facts('a', { tags: [tag('t')] }), 'category'), []);
  assert.deepEqual(groupTrail(facts('a', { tags: [tag('t')] }), 'auto'), [tag('t')]);
  assert.equal(seriesName('  '), null);
  assert.equal(seriesName(3), '3');
});
