import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEIGHBOURS_PER_KEY, relatedNotes } from '../../../plugins/related/related';
import { facts, tag } from '../../helpers/note-facts';

test('series outweighs category, category outweighs a tag; ties by date, then file', () => {
  const notes = [
    facts('me', { tags: [tag('t')], categories: [{ name: 'C', path: 'categories/C/' }], series: 's' }),
    facts('tag-old', { tags: [tag('t')], time: 1 }),
    facts('tag-new', { tags: [tag('t')], time: 2 }),
    facts('tag-b', { tags: [tag('t')], time: 2, source: '_posts/z.md' }),
    facts('cat', { categories: [{ name: 'C', path: 'categories/C/' }] }),
    facts('ser', { series: 's' }),
    facts('none', { tags: [tag('other')] }),
  ];
  const related = relatedNotes(notes).get('me')?.map((n) => n.key);
  assert.deepEqual(related, ['ser', 'cat', 'tag-new', 'tag-b', 'tag-old']);
  assert.deepEqual(relatedNotes([...notes].reverse()).get('me')?.map((n) => n.key), related, 'input order does not matter');
  assert.deepEqual(relatedNotes(notes).get('none'), []);
});

test('at most five, and a very common tag only brings its nearest notes in date order', () => {
  const notes = Array.from({ length: 1000 }, (_, i) => facts(`n${String(i).padStart(4, '0')}`, { tags: [tag('all')], time: i }));
  const related = relatedNotes(notes);
  assert.equal(related.get('n0500')?.length, 5);
  // Newest first among equal scores: the newest notes inside the window.
  assert.deepEqual(related.get('n0500')?.map((n) => n.time), [500 + NEIGHBOURS_PER_KEY, 499 + NEIGHBOURS_PER_KEY, 498 + NEIGHBOURS_PER_KEY, 497 + NEIGHBOURS_PER_KEY, 496 + NEIGHBOURS_PER_KEY]);
});
