// Related notes: those sharing the note's series, category and tags, found
// through an index from each series, category and tag to its notes (never by
// comparing every pair of notes). Pure.
import { byDateThenFile, type NoteFacts } from '../shared/note-facts';

/** What one shared key is worth: a series says more than a category, a category more than a tag. */
const WEIGHT = { series: 4, category: 2, tag: 1 } as const;

/** Of a very common key's notes, only this many on each side (in date order) are candidates: the cost stays linear. */
export const NEIGHBOURS_PER_KEY = 50;

function keysOf(note: NoteFacts): [string, number][] {
  const keys: [string, number][] = note.tags.map((t) => [`t:${t.path}`, WEIGHT.tag]);
  for (const c of note.categories) keys.push([`c:${c.path}`, WEIGHT.category]);
  if (note.series !== null) keys.push([`s:${note.series}`, WEIGHT.series]);
  return keys;
}

/** Each note's related notes, at most `limit`: most shared weight first, then newest, then by file. */
export function relatedNotes(notes: readonly NoteFacts[], limit = 5): Map<string, NoteFacts[]> {
  const sorted = [...notes].sort(byDateThenFile);
  const rank = new Map(sorted.map((n, i) => [n.key, i]));
  const postings = new Map<string, NoteFacts[]>();
  const positions = new Map<string, Map<string, number>>();
  for (const note of sorted) {
    for (const [key] of keysOf(note)) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      let at = positions.get(note.key);
      if (!at) positions.set(note.key, (at = new Map<string, number>()));
      at.set(key, list.length);
      list.push(note);
    }
  }
  const result = new Map<string, NoteFacts[]>();
  for (const note of sorted) {
    const scores = new Map<NoteFacts, number>();
    for (const [key, weight] of keysOf(note)) {
      const list = postings.get(key) ?? [];
      const at = positions.get(note.key)?.get(key) ?? 0;
      const from = Math.max(0, at - NEIGHBOURS_PER_KEY);
      for (let i = from; i < Math.min(list.length, at + NEIGHBOURS_PER_KEY + 1); i++) {
        const other = list[i];
        if (other && other !== note) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const top = [...scores].sort((a, b) => b[1] - a[1] || (rank.get(a[0].key) ?? 0) - (rank.get(b[0].key) ?? 0));
    result.set(note.key, top.slice(0, limit).map(([n]) => n));
  }
  return result;
}
