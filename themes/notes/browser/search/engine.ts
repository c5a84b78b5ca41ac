// The search engine: substring matching like the browser's find over normalised
// text, so a Chinese word is found wherever it sits in a paragraph. Everything
// is normalised once when the index loads; a query is a few indexOf scans per
// note, with no pattern compiled from it.
import { MAX_HITS as GRAM_MAX_HITS, hitClass } from '../../../../shared/search-grams';
import { findRanges, normalize, queryTerms, toOriginalRanges, type Normalized, type Range } from './normalize';

export type { Range } from './normalize';

export interface Snippet {
  /** Text around the first hit, on one line. */
  text: string;
  /** Hits inside `text`, as [start, end) offsets. */
  marks: Range[];
  /** The snippet comes from a code block. */
  code: boolean;
  /** Text was cut before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface SectionResult {
  heading: string;
  headingMarks: Range[];
  /** The heading's id on the note's page; empty for the text above the first heading. */
  anchor: string;
  /** The note's URL with the section's fragment. */
  url: string;
  snippet: Snippet;
}

export interface SearchResult {
  title: string;
  /** Hits in the title. Made when first read. */
  readonly titleMarks: Range[];
  url: string;
  tags: string[];
  /** Milliseconds since the epoch (NaN when the note has no date). */
  date: number;
  /** Where each term was best found, summed with title worth most (see `rank`). */
  score: number;
  /** How often the terms occur in the note: the sum of their hit classes (grams.ts `hitClass`, hits counted up to 64). */
  hits: number;
  /** Best sections first; at least one. Made when first read. */
  readonly sections: SectionResult[];
}

export interface SearchOptions {
  /** Sections shown per note (default 3). */
  sections?: number;
}

export interface SearchEngine {
  /** Number of notes in the index. */
  size: number;
  /** Notes holding every term of the query, best first. */
  search(query: string, options?: SearchOptions): SearchResult[];
}

interface PreparedSection {
  heading: string;
  anchor: string;
  prose: string;
  code: string;
  nHeading: Normalized;
  nProse: Normalized;
  nCode: Normalized;
}

export interface PreparedNote {
  title: string;
  nTitle: Normalized;
  url: string;
  tags: string[];
  date: number;
  sections: PreparedSection[];
  /** Title, headings, tags, prose, code: normalised and joined in that order. */
  all: string;
  /** Where title, headings, tags and prose end in `all`. */
  ends: [number, number, number, number];
}

const SEP = '\n';
/**
 * Weights of the fields, in the order they are joined in `all`: title, heading,
 * tag, prose, code. One base-16 digit each: a term in a title outweighs any
 * number of terms in headings, and so on (at most 8 terms: digits never carry).
 */
export const WEIGHTS = [0x10000, 0x1000, 0x100, 0x10, 0x1] as const;
const SNIPPET_BEFORE = 24;
const SNIPPET_LENGTH = 96;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function prepareSection(raw: unknown): PreparedSection | null {
  if (!Array.isArray(raw)) return null;
  const [heading, anchor, prose, code] = (raw as unknown[]).map(str);
  const section = { heading: heading ?? '', anchor: anchor ?? '', prose: prose ?? '', code: code ?? '' };
  return { ...section, nHeading: normalize(section.heading), nProse: normalize(section.prose), nCode: normalize(section.code) };
}

export function prepareNote(raw: unknown): PreparedNote | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as Record<string, unknown>;
  const url = str(entry.url);
  if (!url) return null;
  const title = str(entry.title);
  const tags = Array.isArray(entry.tags) ? entry.tags.map(str).filter(Boolean) : [];
  const sections = (Array.isArray(entry.sections) ? entry.sections : []).map(prepareSection).filter((s) => s !== null);
  const nTitle = normalize(title);
  const parts = [
    nTitle.text,
    sections.map((s) => s.nHeading.text).join(SEP),
    tags.map((t) => normalize(t).text).join(SEP),
    sections.map((s) => s.nProse.text).join(SEP),
    sections.map((s) => s.nCode.text).join(SEP),
  ] as const;
  let end = 0;
  const ends = parts.slice(0, 4).map((p) => (end += p.length + SEP.length)) as [number, number, number, number];
  return { title, nTitle, url, tags, date: Date.parse(str(entry.date)), sections, all: parts.join(SEP), ends };
}

function fieldAt(note: PreparedNote, offset: number): number {
  let field = 0;
  while (field < 4 && offset >= note.ends[field]!) field++;
  return field;
}

/**
 * Hits are counted up to this many per term: beyond it a note is simply full of
 * the term, and counting every "e" in a long note would cost more than the rest.
 */
const MAX_HITS = GRAM_MAX_HITS;

function countFrom(text: string, term: string, first: number): number {
  let count = 0;
  for (let i = first; i !== -1 && count < MAX_HITS; i = text.indexOf(term, i + term.length)) count++;
  return count;
}

function count(text: string, term: string): number {
  const first = text.indexOf(term);
  return first === -1 ? 0 : countFrom(text, term, first);
}

/** A window of `original` around normalised offset `at`, with every hit in it marked. */
export function makeSnippet(original: string, norm: Normalized, terms: readonly string[], at: number, code: boolean): Snippet {
  let start = Math.max(0, at - SNIPPET_BEFORE);
  // Start after a line break close before the hit rather than mid-line.
  const lineStart = norm.text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart > start) start = lineStart;
  const end = Math.min(norm.text.length, start + SNIPPET_LENGTH);
  const from = toOriginalRanges(norm, [[start, end]])[0] ?? [0, 0];
  const marks = toOriginalRanges(norm, findRanges(norm.text, terms, start, end)).map(
    ([s, e]): Range => [s - from[0], e - from[0]],
  );
  return {
    // Block boundaries read as spaces on one line; same length, marks unchanged.
    text: original.slice(from[0], from[1]).replace(/\n/g, ' '),
    marks,
    code,
    cutStart: from[0] > 0,
    cutEnd: from[1] < original.length,
  };
}

function sectionUrl(note: PreparedNote, anchor: string): string {
  return anchor ? `${note.url}#${encodeURIComponent(anchor)}` : note.url;
}

interface SectionScore {
  index: number;
  terms: number;
  field: number;
  hits: number;
}

function sectionResults(note: PreparedNote, terms: readonly string[], limit: number): SectionResult[] {
  const scores: SectionScore[] = [];
  note.sections.forEach((section, index) => {
    let found = 0;
    let best = 4;
    let hits = 0;
    for (const term of terms) {
      const inHeading = count(section.nHeading.text, term);
      const inProse = count(section.nProse.text, term);
      const inCode = count(section.nCode.text, term);
      if (inHeading + inProse + inCode === 0) continue;
      found++;
      best = Math.min(best, inHeading ? 1 : inProse ? 3 : 4);
      hits += inHeading + inProse + inCode;
    }
    if (found > 0) scores.push({ index, terms: found, field: best, hits });
  });
  // Sections holding more of the terms first, then where, then how often, then document order.
  scores.sort((a, b) => b.terms - a.terms || a.field - b.field || b.hits - a.hits || a.index - b.index);
  // Found by title or tag only: the note's first section stands for it.
  if (scores.length === 0 && note.sections.length > 0) scores.push({ index: 0, terms: 0, field: 0, hits: 0 });
  const results = scores.slice(0, limit).map(({ index }) => {
    const section = note.sections[index]!;
    return {
      heading: section.heading,
      headingMarks: toOriginalRanges(section.nHeading, findRanges(section.nHeading.text, terms)),
      anchor: section.anchor,
      url: sectionUrl(note, section.anchor),
      snippet: sectionSnippet(section, terms),
    };
  });
  if (results.length === 0) {
    results.push({ heading: '', headingMarks: [], anchor: '', url: note.url, snippet: makeSnippet('', normalize(''), terms, 0, false) });
  }
  return results;
}

function firstHit(text: string, terms: readonly string[]): number {
  let first = -1;
  for (const term of terms) {
    const i = text.indexOf(term);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  return first;
}

function sectionSnippet(section: PreparedSection, terms: readonly string[]): Snippet {
  const inProse = firstHit(section.nProse.text, terms);
  if (inProse !== -1) return makeSnippet(section.prose, section.nProse, terms, inProse, false);
  const inCode = firstHit(section.nCode.text, terms);
  if (inCode !== -1) return makeSnippet(section.code, section.nCode, terms, inCode, true);
  return section.prose || !section.code
    ? makeSnippet(section.prose, section.nProse, terms, 0, false)
    : makeSnippet(section.code, section.nCode, terms, 0, true);
}

/** Score and hits of a note holding every term; null when one is missing. */
export function scoreNote(note: PreparedNote, terms: readonly string[]): { score: number; hits: number } | null {
  let score = 0;
  let hits = 0;
  for (const term of terms) {
    // Fields are joined best first, so the first occurrence is in the best field.
    const first = note.all.indexOf(term);
    if (first === -1) return null;
    score += WEIGHTS[fieldAt(note, first)] ?? 0;
    hits += hitClass(countFrom(note.all, term, first));
  }
  return { score, hits };
}

/** The result for a matched note; marks and snippets are made when first read. */
export function toResult(note: PreparedNote, terms: readonly string[], score: number, hits: number, perNote: number): SearchResult {
  let sections: SectionResult[] | null = null;
  let titleMarks: Range[] | null = null;
  return {
    title: note.title,
    get titleMarks() {
      return (titleMarks ??= toOriginalRanges(note.nTitle, findRanges(note.nTitle.text, terms)));
    },
    url: note.url,
    tags: note.tags,
    date: note.date,
    score,
    hits,
    // Marks and snippets cost more than matching: made for the results a page shows.
    get sections() {
      return (sections ??= sectionResults(note, terms, perNote));
    },
  };
}

/** An engine over notes held in memory (the fragments of the sharded index are such notes). */
export function createSearchEngine(index: unknown): SearchEngine {
  if (!Array.isArray(index)) throw new Error('the search index is not a list of notes');
  const notes = index.map(prepareNote).filter((n) => n !== null);

  return {
    size: notes.length,
    search(query, options = {}) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const matched: { note: PreparedNote; score: number; hits: number }[] = [];
      for (const note of notes) {
        const match = scoreNote(note, terms);
        if (match) matched.push({ note, ...match });
      }
      matched.sort(
        (a, b) => b.score - a.score || b.hits - a.hits || (b.note.date || 0) - (a.note.date || 0),
      );
      const perNote = options.sections ?? 3;
      return matched.map(({ note, score, hits }) => toResult(note, terms, score, hits, perNote));
    },
  };
}
