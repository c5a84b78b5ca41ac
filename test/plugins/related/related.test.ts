import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMON_KEY, relatedNotes } from '../../../plugins/related/related';
import type { NoteFacts } from '../../../plugins/shared/note-facts';
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

test('at most five; among notes sharing only a very common tag, the newest', () => {
  const notes = Array.from({ length: 1000 }, (_, i) => facts(`n${String(i).padStart(4, '0')}`, { tags: [tag('all')], time: i }));
  const related = relatedNotes(notes);
  assert.deepEqual(related.get('n0500')?.map((n) => n.time), [999, 998, 997, 996, 995]);
  assert.deepEqual(related.get('n0999')?.map((n) => n.time), [998, 997, 996, 995, 994]);
});

test('a note far away in date that shares more wins over the common tag\'s newest', () => {
  const notes = [
    ...Array.from({ length: COMMON_KEY * 3 }, (_, i) => facts(`n${i}`, { tags: [tag('LLM')], time: 1000 + i })),
    facts('me', { tags: [tag('LLM'), tag('RAG')], time: 5000 }),
    facts('old-rag', { tags: [tag('LLM'), tag('RAG')], time: 1 }),
    facts('old-cat', { tags: [tag('LLM')], categories: [{ name: 'C', path: 'categories/C/' }], time: 2 }),
  ];
  notes.push(facts('me-cat', { categories: [{ name: 'C', path: 'categories/C/' }], time: 3 }));
  const related = relatedNotes(notes).get('me')?.map((n) => n.key);
  assert.deepEqual(related, ['old-rag', `n${COMMON_KEY * 3 - 1}`, `n${COMMON_KEY * 3 - 2}`, `n${COMMON_KEY * 3 - 3}`, `n${COMMON_KEY * 3 - 4}`]);
  assert.deepEqual(relatedNotes(notes).get('me-cat')?.map((n) => n.key), ['old-cat']);
});

/** Every pair compared: the answer relatedNotes must give without comparing them. */
function bruteForce(notes: readonly NoteFacts[], limit = 5): Map<string, string[]> {
  const keys = (n: NoteFacts): Map<string, number> =>
    new Map<string, number>([
      ...n.tags.map((t): [string, number] => [`t:${t.path}`, 1]),
      ...n.categories.map((c): [string, number] => [`c:${c.path}`, 2]),
      ...(n.series === null ? [] : [[`s:${n.series}`, 4] as [string, number]]),
    ]);
  const order = (a: NoteFacts, b: NoteFacts): number => b.time - a.time || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  const out = new Map<string, string[]>();
  for (const note of notes) {
    const mine = keys(note);
    const scored = notes
      .filter((o) => o !== note)
      .map((o): [NoteFacts, number] => [o, [...keys(o)].reduce((s, [k, w]) => s + (mine.has(k) ? w : 0), 0)])
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || order(a[0], b[0]));
    out.set(note.key, scored.slice(0, limit).map(([o]) => o.key));
  }
  return out;
}

test('the same lists as comparing every pair, with common and rare tags, categories and series mixed', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const notes = Array.from({ length: 900 }, (_, i) => {
    // Two common tags (most notes), a dozen rarer ones, some categories and series; equal dates happen.
    const tags = [...new Set([random(3) ? 'LLM' : 'AI', ...(random(2) ? ['AI'] : []), `t${random(12)}`, ...(random(4) ? [] : [`r${random(40)}`])])];
    const categories = random(3) ? [] : [{ name: `c${random(5)}`, path: `categories/c${random(5)}/` }];
    return facts(`n${i}`, { tags: tags.map(tag), categories, series: random(10) ? null : `s${random(4)}`, time: random(300), source: `_posts/${random(1000)}-${i}.md` });
  });
  const related = relatedNotes(notes);
  const expected = bruteForce(notes);
  for (const note of notes) assert.deepEqual(related.get(note.key)?.map((n) => n.key), expected.get(note.key), note.key);
});
