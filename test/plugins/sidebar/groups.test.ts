import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSidebarIndex, linkView, sidebarView } from '../../../plugins/sidebar/groups';
import { facts, tag } from '../../helpers/note-facts';

const notes = Array.from({ length: 40 }, (_, i) => facts(`n${i}`, { time: i, tags: i % 2 ? [tag('odd'), tag('all')] : [tag('even'), tag('all')] }));
const index = buildSidebarIndex(notes);
const at = (i: number) => ({ note: notes[i]!, mode: 'auto' as const, series: null });

test('tags are ordered by count, then name', () => {
  assert.deepEqual(index.tags.map((t) => [t.name, t.count]), [['all', 40], ['even', 20], ['odd', 20]]);
});

test('a page shows a bounded window of its group around the current note', () => {
  const view = sidebarView(index, at(21), 20, 5);
  assert.equal(view.group?.name, 'odd');
  assert.equal(view.group?.count, 20);
  assert.deepEqual(view.group?.notes.filter((n) => n.current).map((n) => n.path), ['n21/']);
  // newest first
  assert.deepEqual(view.group?.notes.map((n) => n.path), ['n25/', 'n23/', 'n21/', 'n19/', 'n17/']);
});

test('the window stays full at the ends of the list', () => {
  assert.deepEqual(sidebarView(index, at(39), 20, 5).group?.notes.map((n) => n.path), ['n39/', 'n37/', 'n35/', 'n33/', 'n31/']);
});

test('the current group is always listed, even beyond the limit', () => {
  const view = sidebarView(index, at(21), 1, 5);
  assert.deepEqual(view.tags.map((t) => t.name), ['all', 'odd']);
  assert.equal(view.moreTags, 1);
});

test('a category groups when the note has one; a series comes before both, in its order', () => {
  const cat = { name: 'C', path: 'categories/C/' };
  const withCat = [facts('a', { categories: [cat], tags: [tag('t')], time: 1 }), facts('b', { categories: [cat], time: 2 })];
  const idx = buildSidebarIndex(withCat);
  assert.equal(sidebarView(idx, { note: withCat[0]!, mode: 'auto', series: null }, 20, 5).group?.path, 'categories/C/');
  assert.equal(sidebarView(idx, { note: withCat[0]!, mode: 'tag', series: null }, 20, 5).group?.path, 'tags/t/');
  const series = { name: 'S', path: 'series/S/', kind: 'series' as const, notes: [withCat[0]!, withCat[1]!] };
  const view = sidebarView(idx, { note: withCat[1]!, mode: 'auto', series }, 20, 5);
  assert.equal(view.group?.kind, 'series');
  assert.deepEqual(view.group?.notes.map((n) => n.path), ['a/', 'b/']);
  assert.deepEqual(idx.categories, [{ name: 'C', path: 'categories/C/', count: 2 }]);
});

test('linkView gives every tag, category, the group and its notes the address of its path', () => {
  const view = { tags: [{ name: 'T', path: 'tags/T/', count: 1 }], moreTags: 0, categories: [{ name: 'C', path: 'categories/C/', count: 2 }], moreCategories: 0, group: { name: 'C', path: 'categories/C/', kind: 'category' as const, count: 2, notes: [{ title: 'n', path: 'n/', current: true }] } };
  const linked = linkView(view, (p) => `/root/${p}`);
  assert.deepEqual(linked.tags.map((t) => t.href), ['/root/tags/T/']);
  assert.deepEqual(linked.categories.map((c) => c.href), ['/root/categories/C/']);
  assert.equal(linked.group?.href, '/root/categories/C/');
  assert.deepEqual(linked.group?.notes.map((n) => [n.href, n.current]), [['/root/n/', true]]);
  assert.equal(linkView({ ...view, group: null }, (p) => p).group, null);
});
