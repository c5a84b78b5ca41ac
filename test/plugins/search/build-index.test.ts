// What the index thread is warmed with while a note renders: its title, its
// tags as the build will name them, its sections.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderedText, storedTexts } from '../../../plugins/search/build-index';

const sections: Array<[string, string, string]> = [['', '', '正文']];

describe('renderedText', () => {
  test('reads the tags from the saved front-matter order, without Hexo’s tags getter', () => {
    const post = {
      title: 'T',
      tag_order: ['Docker', 'LLM'],
      get tags(): never {
        throw new Error('the tags getter scans every note');
      },
    };
    assert.deepEqual(renderedText(post, sections), { title: 'T', tags: ['Docker', 'LLM'], sections });
  });

  test('falls back to Hexo’s tags (a query or a list) when no order was saved', () => {
    const query = { toArray: () => [{ name: 'Docker' }, { name: 42 }] };
    assert.deepEqual(renderedText({ title: 'T', tags: query }, sections).tags, ['Docker', '42']);
    assert.deepEqual(renderedText({ title: 'T', tags: [{ name: 'a' }], tag_order: [1] }, sections).tags, ['a']);
    assert.deepEqual(renderedText({ title: 7 }, sections), { title: '7', tags: [], sections });
  });
});

describe('storedTexts', () => {
  test('the text of each stored note the index reads; not the left-out ones, drafts, or notes never rendered', () => {
    const records = [
      { title: 'A', tag_order: ['LLM'], search_sections: sections },
      { title: 'Hidden', indexing: false, search_sections: sections },
      { title: 'Draft', published: 0, search_sections: sections },
      { title: 'Draft too', published: false, search_sections: sections },
      { title: 'Published', published: 1, search_sections: sections },
      { title: 'Unrendered' },
      { title: 'Odd', search_sections: [['', 1]] },
    ];
    assert.deepEqual(storedTexts(records), [
      { title: 'A', tags: ['LLM'], sections },
      { title: 'Published', tags: [], sections },
    ]);
  });
});
