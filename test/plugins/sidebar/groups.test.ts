import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSidebarIndex, sidebarView, type NoteRef } from '../../../plugins/sidebar/groups';

const notes: NoteRef[] = Array.from({ length: 40 }, (_, i) => ({
  title: `n${i}`,
  path: `n${i}/`,
  time: i,
  tags: i % 2 ? ['odd', 'all'] : ['even', 'all'],
}));
const index = buildSidebarIndex(notes, new Map([['odd', 'tags/odd/'], ['even', 'tags/even/'], ['all', 'tags/all/']]));

test('tags are ordered by count, then name', () => {
  assert.deepEqual(index.tags.map((t) => [t.name, t.count]), [['all', 40], ['even', 20], ['odd', 20]]);
});

test('a page shows a bounded window of its group around the current note', () => {
  const view = sidebarView(index, { path: 'n21/', tags: ['odd'] }, 20, 5);
  assert.equal(view.group?.name, 'odd');
  assert.equal(view.group?.count, 20);
  assert.equal(view.group?.notes.length, 5);
  assert.deepEqual(view.group?.notes.filter((n) => n.current).map((n) => n.path), ['n21/']);
  // newest first
  assert.deepEqual(view.group?.notes.map((n) => n.time), [25, 23, 21, 19, 17]);
});

test('the window stays full at the ends of the list', () => {
  const view = sidebarView(index, { path: 'n39/', tags: ['odd'] }, 20, 5);
  assert.deepEqual(view.group?.notes.map((n) => n.time), [39, 37, 35, 33, 31]);
});

test('the current group is shown even when it is not among the first tags', () => {
  const view = sidebarView(index, { path: 'n2/', tags: ['odd'] }, 1, 5);
  assert.deepEqual(view.tags.map((t) => t.name), ['all', 'odd']);
  assert.equal(view.moreTags, 1);
});

test('pages that are not notes show only the tags', () => {
  const view = sidebarView(index, null, 2, 5);
  assert.equal(view.group, null);
  assert.equal(view.tags.length, 2);
});
