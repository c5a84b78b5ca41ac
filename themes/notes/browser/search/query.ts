// A query over the sharded index. Grams give the candidates with their fields
// and hits: exact for a term of up to three characters (its own gram), an upper
// bound for a longer one (its trigrams), which the notes' fragments confirm.
// Candidates are confirmed best bound first until the page's results are known
// to be the true best (a bound never undercuts the true score), so a page
// fetches the fragments of about the notes it shows.
import { scoreNote, toResult, WEIGHTS, type PreparedNote, type SearchResult } from './engine';
import { Fragments } from './fragments';
import { EMPTY, hitClass, MAX_GRAM, TAG_KEY, termGrams, type Postings } from '../../../../shared/search-grams';
import { queryTerms } from './normalize';
import { IndexFiles, type Fetcher } from './shards';
import { splitTags, type QueryTags } from './tags';

export interface PageOptions {
  /** Results skipped (pages after the first). */
  offset?: number;
  /** Results returned. */
  limit: number;
  /** Sections per result (default 3). */
  sections?: number;
  /** Confirm every candidate, so that `total` is exact (the /search/ page). */
  exactTotal?: boolean;
}

export interface ResultPage {
  results: SearchResult[];
  /** Notes found; a lower bound when `exact` is false. */
  total: number;
  exact: boolean;
  /** The query's words searched as text, as written (tag filters left out): what an opened note highlights. */
  words: string;
}

export interface ShardSearch {
  search(query: string, options: PageOptions): Promise<ResultPage>;
}

/** Terms to find, `#tag` filters and the query's other parts (tags.ts). */
export function parseQuery(query: string): QueryTags & { terms: string[] } {
  const parts = splitTags(query);
  return { ...parts, terms: queryTerms(parts.rest) };
}

interface Candidates {
  ids: number[];
  score: number[];
  hits: number[];
}

/** Notes in both lists; masks ANDed and hits the smaller (a term's trigrams), or kept apart (terms). */
function intersect(a: Postings, b: Postings): Postings {
  const n = Math.min(a.ids.length, b.ids.length);
  const ids = new Int32Array(n);
  const masks = new Uint8Array(n);
  const hits = new Uint8Array(n);
  let k = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const mask = (a.masks[i] ?? 0) & (b.masks[j] ?? 0);
      // A term lies inside one field: its trigrams share that field's bit.
      if (mask) {
        ids[k] = x;
        masks[k] = mask;
        hits[k++] = Math.min(a.hits[i] ?? 0, b.hits[j] ?? 0);
      }
      i++;
      j++;
    }
  }
  return { ids: ids.subarray(0, k), masks: masks.subarray(0, k), hits: hits.subarray(0, k) };
}

function weight(mask: number): number {
  return WEIGHTS[31 - Math.clz32(mask & -mask)] ?? 0;
}

/** Candidates of every term, with their scores (exact, or upper bounds), in a note set filtered by tags. */
function combine(terms: readonly Postings[], tags: readonly Postings[], all: number): Candidates {
  let ids: number[] | null = null;
  const score = new Map<number, number>();
  const hits = new Map<number, number>();
  for (const list of terms) {
    const next: number[] = [];
    for (let k = 0; k < list.ids.length; k++) {
      const id = list.ids[k] ?? 0;
      if (ids !== null && !score.has(id)) continue;
      next.push(id);
    }
    const keep = new Set(next);
    for (const id of [...score.keys()]) if (!keep.has(id)) score.delete(id);
    for (let k = 0; k < list.ids.length; k++) {
      const id = list.ids[k] ?? 0;
      if (!keep.has(id)) continue;
      score.set(id, (ids === null ? 0 : score.get(id) ?? 0) + weight(list.masks[k] ?? 0));
      hits.set(id, (ids === null ? 0 : hits.get(id) ?? 0) + hitClass(list.hits[k] ?? 0));
    }
    ids = next;
  }
  // Tags only: every note, score 0, newest first.
  ids ??= Array.from({ length: all }, (_, id) => id);
  for (const tag of tags) {
    const has = new Set(tag.ids);
    ids = ids.filter((id) => has.has(id));
  }
  return { ids, score: ids.map((id) => score.get(id) ?? 0), hits: ids.map((id) => hits.get(id) ?? 0) };
}

interface Ranked {
  id: number;
  score: number;
  hits: number;
}

/** Best first: score, then hits, then newer (lower id: hexo-generator-search lists newest first). */
function compare(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.hits - a.hits || a.id - b.id;
}

export async function openIndex(entryUrl: string, load?: Fetcher, origin?: string): Promise<ShardSearch> {
  const files = await IndexFiles.open(entryUrl, load, origin);
  const fragments = new Fragments(files);

  const lookup = async (term: string): Promise<{ list: Postings; exact: boolean }> => {
    const grams = termGrams(term);
    const lists = await Promise.all(grams.map((g) => files.postings(g)));
    const list = lists.reduce((a, b) => intersect(a, b));
    return { list: list ?? EMPTY, exact: Array.from(term).length <= MAX_GRAM };
  };

  return {
    async search(query, options) {
      const { terms, tags, bare, rest } = parseQuery(query);
      const offset = options.offset ?? 0;
      if (terms.length === 0 && tags.length === 0) return { results: [], total: 0, exact: true, words: '' };
      const [looked, tagLists] = await Promise.all([
        Promise.all(terms.map(lookup)),
        Promise.all(tags.map((t) => files.postings(TAG_KEY + t))),
      ]);
      // A bare `#word` no note is tagged with is text: C's `#include`, a colour, an issue number.
      const asText = bare.filter(({ key }) => tagLists[tags.indexOf(key)]?.ids.length === 0);
      const filters = tagLists.filter((_, i) => !asText.some(({ key }) => key === tags[i]));
      const extra = asText.map(({ key }) => `#${key}`);
      terms.push(...extra);
      looked.push(...(await Promise.all(extra.map(lookup))));
      const words = [rest, ...asText.map(({ word }) => word)].join(' ').trim();
      const exact = looked.every((l) => l.exact);
      const cands = combine(looked.map((l) => l.list), filters, files.entry.n);
      const bounds: Ranked[] = cands.ids.map((id, k) => ({ id, score: cands.score[k] ?? 0, hits: cands.hits[k] ?? 0 }));
      bounds.sort(compare);
      const confirmed: (Ranked & { note?: PreparedNote })[] = [];
      let next = 0;
      if (exact) {
        confirmed.push(...bounds);
        next = bounds.length;
      }
      const need = options.exactTotal ? Infinity : offset + options.limit;
      // Confirm the best bounds until the page's results cannot be beaten by any bound left.
      while (next < bounds.length) {
        const cut = confirmed[need - 1];
        const bound = bounds[next];
        if (cut && bound && compare(cut, bound) <= 0) break;
        const batch = bounds.slice(next, options.exactTotal ? bounds.length : next + Math.max(need - confirmed.length, 10));
        next += batch.length;
        const notes = await fragments.notes(batch.map((b) => b.id));
        for (const { id } of batch) {
          const note = notes.get(id);
          const match = note && scoreNote(note, terms);
          if (note && match) confirmed.push({ id, ...match, note });
        }
        confirmed.sort(compare);
      }
      const shown = confirmed.slice(offset, offset + options.limit);
      const notes = await fragments.notes(shown.filter((r) => !r.note).map((r) => r.id));
      const perNote = options.sections ?? 3;
      const results = shown.map((r) => toResult(r.note ?? notes.get(r.id)!, terms, r.score, r.hits, perNote));
      return { results, total: confirmed.length, exact: next >= bounds.length, words };
    },
  };
}
