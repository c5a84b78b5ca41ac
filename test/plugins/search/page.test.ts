import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPathProblem, searchPage } from '../../../plugins/search/page';

test('search.path must name a .json file hexo-generator-search writes', () => {
  assert.equal(indexPathProblem({ path: 'search.json' }, true), null);
  assert.match(indexPathProblem({ path: 'search.xml' }, true) ?? '', /got "search\.xml", so the search box has no index/);
  assert.match(indexPathProblem(undefined, true) ?? '', /got undefined/);
  assert.notEqual(indexPathProblem({ path: 'search.json' }, false), null);
});

test('the search page', () => {
  assert.deepEqual(searchPage('搜索'), { path: 'search/index.html', layout: ['search'], data: { title: '搜索', type: 'search' } });
});
