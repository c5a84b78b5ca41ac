// `#tag` filters in a query. A tag with white space in it ("Spring Boot") is
// written `#"Spring Boot"` (or with Chinese quotes, `#“Spring Boot”`), since
// the words of a query are split at white space; chips write that form. A bare
// `#word` that names no tag is searched as text (`#include`, `#fff`, `#12`).
import { tagKey } from '../../../../shared/search-text';

const QUOTED = /#(?:"([^"]*)"|“([^”]*)”)/g;

const isFilterWord = (word: string): boolean => word.length > 1 && word.startsWith('#');

export interface QueryTags {
  /** The tag filters, as the index keys them. */
  tags: string[];
  /** Those written `#word`, not quoted, with the word as written: text after all when no tag has that name (query.ts). */
  bare: { key: string; word: string }[];
  /** The rest of the query. */
  rest: string;
}

/** The query's tag filters and the rest of the query. */
export function splitTags(query: string): QueryTags {
  const tags: string[] = [];
  const bare: QueryTags['bare'] = [];
  const add = (tag: string, word: string | null = null): void => {
    const key = tagKey(tag);
    if (!key || tags.includes(key)) return;
    tags.push(key);
    if (word !== null) bare.push({ key, word });
  };
  const words: string[] = [];
  // NFKC first: a full-width ＃ or ＂ is the same filter.
  for (const word of query.normalize('NFKC').replace(QUOTED, (_whole, plain?: string, chinese?: string) => (add(plain ?? chinese ?? ''), ' ')).split(/\s+/)) {
    if (isFilterWord(word)) add(word.slice(1), word);
    else if (word) words.push(word);
  }
  return { tags, bare, rest: words.join(' ') };
}

/** The query with a filter for `tag` added, unless it already has one. */
export function withTag(query: string, tag: string): string {
  if (splitTags(query).tags.includes(tagKey(tag))) return query;
  return `${query.trim()} ${filterFor(tag.trim())}`.trim();
}

function filterFor(tag: string): string {
  if (!/\s/.test(tag)) return `#${tag}`;
  return tag.includes('"') ? `#“${tag}”` : `#"${tag}"`;
}

/**
 * Tags to offer as filters for these results: those carried by the most
 * results first (ties in the order met), none the query already filters by.
 */
export function tagFacets(results: readonly { tags: readonly string[] }[], query: string, max: number): string[] {
  const filtered = new Set(splitTags(query).tags);
  const counts = new Map<string, { tag: string; n: number }>();
  for (const { tags } of results) {
    for (const key of new Set(tags.map(tagKey))) {
      if (!key || filtered.has(key)) continue;
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { tag: tags.find((t) => tagKey(t) === key) ?? key, n: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).slice(0, max).map((c) => c.tag);
}
