// Text as search compares it, like the browser's find: NFKC folds full-width and
// half-width forms (ＬＬＭ = LLM, ０ = 0), lower case folds Latin case. The map
// leads each normalised position back to the original text, for highlighting.
import { fold, SOFT_WRAP } from '../../../../shared/search-text';

/** `text` without soft wraps, and for each of its characters the offset in the original (null: unchanged). */
export function dropSoftWraps(text: string): { text: string; offsets: Int32Array | null } {
  if (text.search(SOFT_WRAP) === -1) return { text, offsets: null };
  const parts: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const match of text.matchAll(SOFT_WRAP)) {
    parts.push(text.slice(at, match.index));
    for (let i = at; i < match.index; i++) offsets.push(i);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  for (let i = at; i < text.length; i++) offsets.push(i);
  return { text: parts.join(''), offsets: Int32Array.from(offsets) };
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * `map[i]` is the offset in the original of normalised character `i`, and
   * `map[text.length]` the original's length; null when offsets are the same.
   */
  map: Int32Array | null;
}

export function normalize(original: string): Normalized {
  const text = fold(original);
  if (text.length === original.length) return { text, map: null };
  // Some characters grow or shrink (ﬁ → fi, ㍿ → 株式会社): fold one code point
  // at a time and remember where each piece came from.
  const parts: string[] = [];
  const map: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const folded = fold(ch);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) map.push(offset);
    offset += ch.length;
  }
  map.push(offset);
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/** Original offset of normalised offset `i` (`i` may be the end). */
function toOriginal(norm: Normalized, i: number): number {
  return norm.map ? (norm.map[i] ?? norm.map[norm.map.length - 1] ?? i) : i;
}

/** At most this many terms are matched; more add nothing a reader can use. */
export const MAX_TERMS = 8;

/**
 * The query's terms: normalised, split at white space (full-width spaces too),
 * duplicates removed. Every character is literal: nothing is a pattern.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const term of fold(query).split(/\s+/)) {
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

export type Range = [start: number, end: number];

/** Every occurrence of every term in `text` within [from, to), merged, in order. */
export function findRanges(text: string, terms: readonly string[], from = 0, to = text.length): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    let i = text.indexOf(term, from);
    while (i !== -1 && i + term.length <= to) {
      ranges.push([i, i + term.length]);
      i = text.indexOf(term, i + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Original offset just after normalised character `i - 1`: a hit that ends inside an expansion covers all of it. */
function toOriginalEnd(norm: Normalized, i: number): number {
  const map = norm.map;
  if (!map || i === 0) return toOriginal(norm, i);
  const start = map[i - 1] ?? 0;
  let j = i;
  while (j < map.length - 1 && (map[j] ?? 0) <= start) j++;
  return map[j] ?? start;
}

/** Ranges in normalised offsets turned into ranges of the original text. */
export function toOriginalRanges(norm: Normalized, ranges: readonly Range[]): Range[] {
  return ranges.map(([s, e]) => [toOriginal(norm, s), toOriginalEnd(norm, e)]);
}
