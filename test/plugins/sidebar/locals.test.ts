import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentNote, indexFromSite, sidebarLimits, type PostDoc } from '../../../plugins/sidebar/locals';

const list = <T>(items: T[]) => ({ map: <U>(fn: (item: T) => U) => items.map(fn) });
const tag = (name: string) => ({ name, path: `tags/${name}/` });
const post = (path: string, title: unknown, time: number, tags: string[]): PostDoc => ({ title, path, date: { valueOf: () => time }, tags: list(tags.map(tag)) });

test('the index groups the site\'s notes by tag, a note without a string title keeping an empty one', () => {
  const index = indexFromSite({ posts: list([post('a/', 'A', 2, ['LLM']), post('b/', 42, 1, ['LLM'])]), tags: list([tag('LLM')]) });
  assert.deepEqual(index.tags.map((t) => [t.name, t.path]), [['LLM', 'tags/LLM/']]);
  assert.deepEqual(index.notesByTag.get('LLM')?.map((n) => n.title).sort(), ['', 'A']);
});

test('the current note: a page with a path and tags; other pages have none', () => {
  assert.deepEqual(currentNote(post('a/', 'A', 1, ['LLM', 'RAG'])), { path: 'a/', tags: ['LLM', 'RAG'] });
  assert.equal(currentNote({ path: 'tags/' }), null);
  assert.equal(currentNote(undefined), null);
});

test('limits from the theme config, else 20 groups and 15 notes', () => {
  assert.deepEqual(sidebarLimits({}), { tags: 20, notes: 15 });
  assert.deepEqual(sidebarLimits({ sidebar: { notes: 5 } }), { tags: 20, notes: 5 });
});
