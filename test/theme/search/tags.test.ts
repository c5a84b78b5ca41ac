import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitTags, tagFacets, withTag } from '../../../themes/notes/browser/search/tags';

test('#word is a tag filter, folded as the index keys tags; the other words stay the query', () => {
  assert.deepEqual(splitTags('微调 #Docker  LoRA #docker'), { tags: ['docker'], bare: [{ key: 'docker', word: '#Docker' }], rest: '微调 LoRA' });
  assert.deepEqual(splitTags('＃ＬＬＭ 模型'), { tags: ['llm'], bare: [{ key: 'llm', word: '#LLM' }], rest: '模型' });
  assert.deepEqual(splitTags('# C#'), { tags: [], bare: [], rest: '# C#' });
});

test('a quoted tag holds spaces, in straight or Chinese quotes; an empty one is nothing', () => {
  assert.deepEqual(splitTags('配置 #"Spring  Boot" 说明'), { tags: ['spring boot'], bare: [], rest: '配置 说明' });
  assert.deepEqual(splitTags('#“Spring Boot”配置'), { tags: ['spring boot'], bare: [], rest: '配置' });
  assert.deepEqual(splitTags('#"" 配置'), { tags: [], bare: [], rest: '配置' });
  // Unclosed: the words as they are.
  assert.deepEqual(splitTags('#"Spring Boot'), { tags: ['"spring'], bare: [{ key: '"spring', word: '#"Spring' }], rest: 'Boot' });
});

test('withTag adds the filter once, quoting a tag that holds a space', () => {
  assert.equal(withTag('微调 ', 'Docker'), '微调 #Docker');
  assert.equal(withTag('微调 #docker', 'Docker'), '微调 #docker');
  assert.equal(withTag('', 'Spring Boot'), '#"Spring Boot"');
  assert.equal(withTag('配置 #"spring boot"', 'Spring Boot'), '配置 #"spring boot"');
  assert.equal(withTag('a', 'say "hi" now'), 'a #“say "hi" now”');
  assert.deepEqual(splitTags(withTag('a', 'say "hi" now')).tags, ['say "hi" now']);
});

test('facets: the tags most results carry first, ties in the order met, none already filtered', () => {
  const results = [{ tags: ['AI', 'LLM'] }, { tags: ['Docker', 'llm'] }, { tags: ['Docker', 'LLM', 'ai'] }, { tags: [] }];
  assert.deepEqual(tagFacets(results, '模型', 10), ['LLM', 'AI', 'Docker']);
  assert.deepEqual(tagFacets(results, '模型 #llm', 10), ['AI', 'Docker']);
  assert.deepEqual(tagFacets(results, '模型', 1), ['LLM']);
  assert.deepEqual(tagFacets([{ tags: ['A', 'a'] }], '', 10), ['A']);
  assert.deepEqual(tagFacets([], '', 10), []);
});
