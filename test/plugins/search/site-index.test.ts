import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPathProblem, rewriteIndex, searchPage } from '../../../plugins/search/site-index';

function log() {
  const lines: string[] = [];
  return { lines, warn: (m: string) => lines.push(`WARN ${m}`), error: (m: string) => lines.push(`ERROR ${m}`) };
}

const post = { path: 'ai/', title: '大模型', date: new Date('2024-01-02T03:04:05Z'), search_sections: [['', '', '正文', '']] };

test('the upstream entries get the sections stored on their notes', () => {
  const l = log();
  const json = rewriteIndex(JSON.stringify([{ title: '大模型', url: '/ai/', tags: ['AI'], content: '# raw' }]), new Map([['/ai/', post]]), 'search.json', l);
  assert.deepEqual(JSON.parse(json), [{ title: '大模型', url: '/ai/', tags: ['AI'], date: '2024-01-02T03:04:05.000Z', sections: [['', '', '正文', '']] }]);
  assert.deepEqual(l.lines, []);
});

test('a note without stored sections is named in a warning that says how to fix it', () => {
  const l = log();
  rewriteIndex(JSON.stringify([{ title: 'x', url: '/x/' }]), new Map(), 'search.json', l);
  assert.equal(l.lines.length, 1);
  assert.match(l.lines[0] ?? '', /^WARN search: no text extracted for \/x\/; run `hexo clean`/);
});

test('output the index cannot read is an error naming the route, and is served as it came', () => {
  const l = log();
  assert.equal(rewriteIndex('{"not": "an array"}', new Map(), 'search.json', l), '{"not": "an array"}');
  assert.match(l.lines[0] ?? '', /^ERROR search: cannot read hexo-generator-search's search\.json: /);
});

test('search.path must name a .json file hexo-generator-search writes', () => {
  assert.equal(indexPathProblem({ path: 'search.json' }, true), null);
  assert.match(indexPathProblem({ path: 'search.xml' }, true) ?? '', /got "search\.xml", so the search box has no index/);
  assert.match(indexPathProblem(undefined, true) ?? '', /got undefined/);
  assert.notEqual(indexPathProblem({ path: 'search.json' }, false), null);
});

test('the search page', () => {
  assert.deepEqual(searchPage('搜索'), { path: 'search/index.html', layout: ['search'], data: { title: '搜索', type: 'search' } });
});
