// Related notes: those sharing the note's series, category and tags, found
// through an index from each series, category and tag to its notes (never by
// comparing every pair of notes). Exact: the top notes by shared weight.
//
// A key held by few notes is read whole for each of its notes. A key held by
// many (a site's `LLM` tag) would make that quadratic, so notes are also
// grouped by the common keys they hold: a note that shares only common keys
// with this one scores what its group shares, and within a group only the
// first few by date can make the list. Pure.
import { byDateThenFile, type NoteFacts } from '../shared/note-facts';

/** What one shared key is worth: a series says more than a category, a category more than a tag. */
const WEIGHT = { series: 4, category: 2, tag: 1 } as const;

/** A key held by more notes than this is common: its notes are reached through their groups. */
export const COMMON_KEY = 100;

function keysOf(note: NoteFacts): [string, number][] {
  const keys: [string, number][] = note.tags.map((t) => [`t:${t.path}`, WEIGHT.tag]);
  for (const c of note.categories) keys.push([`c:${c.path}`, WEIGHT.category]);
  if (note.series !== null) keys.push([`s:${note.series}`, WEIGHT.series]);
  return keys;
}

/** Notes holding the same common keys, newest first. */
interface Group {
  keys: [string, number][];
  notes: NoteFacts[];
}

interface Index {
  /** Each key's notes, newest first. */
  lists: Map<string, NoteFacts[]>;
  groupOf: Map<NoteFacts, Group>;
  /** The groups holding each common key. */
  groupsWith: Map<string, Group[]>;
}

function keyLists(sorted: readonly NoteFacts[]): Map<string, NoteFacts[]> {
  const lists = new Map<string, NoteFacts[]>();
  for (const note of sorted) {
    for (const [key] of keysOf(note)) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(note);
    }
  }
  return lists;
}

function indexOf(sorted: readonly NoteFacts[]): Index {
  const lists = keyLists(sorted);
  const common = (key: string): boolean => (lists.get(key)?.length ?? 0) > COMMON_KEY;
  const bySignature = new Map<string, Group>();
  const groupOf = new Map<NoteFacts, Group>();
  const groupsWith = new Map<string, Group[]>();
  for (const note of sorted) {
    const keys = keysOf(note).filter(([key]) => common(key));
    if (keys.length === 0) continue;
    const signature = keys.map(([key]) => key).sort().join('\0');
    let group = bySignature.get(signature);
    if (!group) {
      bySignature.set(signature, (group = { keys, notes: [] }));
      for (const [key] of keys) groupsWith.set(key, [...(groupsWith.get(key) ?? []), group]);
    }
    group.notes.push(note);
    groupOf.set(note, group);
  }
  return { lists, groupOf, groupsWith };
}

/** Every note that shares a key with `note`, with the weight it shares (only the first few of each group). */
function candidates(note: NoteFacts, index: Index, limit: number): Map<NoteFacts, number> {
  const mine = new Map(keysOf(note));
  const shared = (keys: readonly [string, number][]): number => keys.reduce((sum, [key, weight]) => sum + (mine.has(key) ? weight : 0), 0);
  const scores = new Map<NoteFacts, number>();
  for (const [key, weight] of mine) {
    if (index.groupsWith.has(key)) continue;
    for (const other of index.lists.get(key) ?? []) if (other !== note) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  for (const [other, score] of scores) scores.set(other, score + shared(index.groupOf.get(other)?.keys ?? []));
  const groups = new Set([...mine.keys()].flatMap((key) => index.groupsWith.get(key) ?? []));
  for (const group of groups) {
    // Its notes not met above share only common keys with this one: all score the same, so the newest `limit` suffice.
    const score = shared(group.keys);
    let taken = 0;
    for (const other of group.notes) {
      if (taken === limit) break;
      if (other === note || scores.has(other)) continue;
      scores.set(other, score);
      taken++;
    }
  }
  return scores;
}

/** The first `limit` by score, then rank: kept in order as they come, without sorting them all. */
function topOf(scores: ReadonlyMap<NoteFacts, number>, rank: ReadonlyMap<NoteFacts, number>, limit: number): NoteFacts[] {
  type Entry = { note: NoteFacts; score: number; rank: number };
  const ahead = (a: Entry, b: Entry): boolean => a.score > b.score || (a.score === b.score && a.rank < b.rank);
  const top: Entry[] = [];
  for (const [note, score] of scores) {
    const entry = { note, score, rank: rank.get(note) ?? 0 };
    let at = top.length;
    for (let prev = top[at - 1]; prev && ahead(entry, prev); prev = top[at - 1]) at--;
    if (at >= limit) continue;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((entry) => entry.note);
}

/** Each note's related notes, at most `limit`: most shared weight first, then newest, then by file. */
export function relatedNotes(notes: readonly NoteFacts[], limit = 5): Map<string, NoteFacts[]> {
  const sorted = [...notes].sort(byDateThenFile);
  const rank = new Map(sorted.map((n, i) => [n, i]));
  const index = indexOf(sorted);
  const result = new Map<string, NoteFacts[]>();
  for (const note of sorted) result.set(note.key, topOf(candidates(note, index, limit), rank, limit));
  return result;
}
