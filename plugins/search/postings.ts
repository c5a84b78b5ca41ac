// A note's postings on their own: every 1-, 2- and 3-gram (code points, inside
// runs of non-space: a term never holds white space) of its normalised fields,
// with the fields it is in and its hits. Grams are integer ids in one
// dictionary per process, so nothing here makes a string per gram, and a note
// whose text did not change keeps its postings from the last build (`hexo
// server` regenerates after every save; only the edited note is gathered again).
import { FIELD, MAX_GRAM, MAX_HITS } from '../../shared/search-grams';
import { fold } from '../../shared/search-text';
import type { IndexNote } from './build-index';

/** The grams of one note, in the order first seen, with `field mask | (hits − 1) << 5` each. */
export interface NotePostings {
  grams: Int32Array;
  meta: Uint16Array;
}

// The format's constants, read once: a module's exports are getters once compiled.
const HITS_CAP = MAX_HITS;
const GRAM = MAX_GRAM;
const { title: TITLE, heading: HEADING, tag: TAG, prose: PROSE, code: CODE } = FIELD;

/** White space as JavaScript's `\s` matches it (queryTerms splits there); NUL, which no query holds, too. */
function isSpace(c: number): boolean {
  if (c > 0x3000) return c === 0xfeff;
  return c === 0 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(array: T, n: number, make: (n: number) => T): T {
  if (n <= array.length) return array;
  const next = make(Math.max(n, array.length * 2));
  next.set(array);
  return next;
}
const ints = (n: number): Int32Array<ArrayBuffer> => new Int32Array(n);
const uints = (n: number): Uint32Array<ArrayBuffer> => new Uint32Array(n);
const bytes = (n: number): Uint8Array<ArrayBuffer> => new Uint8Array(n);

function slot(a: number, b: number, c: number, mask: number): number {
  const h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 7, 0xc2b2ae3d)) >>> 0;
  return (h ^ (h >>> 15)) & mask;
}

/** Writes code point `c` as UTF-8 at `at`; returns the next offset. */
function utf8(out: Uint8Array, at: number, c: number): number {
  if (c < 0x80) out[at++] = c;
  else if (c < 0x800) {
    out[at++] = 0xc0 | (c >> 6);
    out[at++] = 0x80 | (c & 63);
  } else if (c < 0x10000) {
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 63);
    out[at++] = 0x80 | (c & 63);
  } else {
    out[at++] = 0xf0 | (c >> 18);
    out[at++] = 0x80 | ((c >> 12) & 63);
    out[at++] = 0x80 | ((c >> 6) & 63);
    out[at++] = 0x80 | (c & 63);
  }
  return at;
}

/** FNV-1a step over a code point's UTF-16 code units (as grams.ts `bucketOf` hashes a key). */
function fnv(h: number, c: number): number {
  if (c < 0x10000) return Math.imul(h ^ c, 0x01000193);
  const v = c - 0x10000;
  return Math.imul(Math.imul(h ^ (0xd800 + (v >> 10)), 0x01000193) ^ (0xdc00 + (v & 1023)), 0x01000193);
}

/**
 * Every gram ever seen by this process, by id: a single character of the Basic
 * Multilingual Plane by a direct table, others by an open-addressing table whose
 * slots hold the key's (up to three) code points, 0 for none, beside the id
 * (one memory read per probe). For each gram it keeps what the files need: its
 * key as UTF-8, its length in UTF-16 code units and its FNV-1a hash (the bucket
 * it goes to).
 */
export class GramDictionary {
  private readonly single = new Int32Array(0x10000).fill(-1);
  /** Slot s is `[id, a, b, c]` at 4s; id -1 is empty. */
  private table = new Int32Array(4 << 18).fill(-1);
  private used = 0;
  size = 0;
  /** UTF-8 of gram g is `text[textStart[g] … textStart[g + 1])`. */
  text = new Uint8Array(1 << 16);
  textStart = new Int32Array(4097);
  units = new Uint8Array(4096);
  hash = new Uint32Array(4096);
  /** The gram one code point shorter (its prefix), -1 for a single character: a text's grams cost one look-up per position. */
  prefix = new Int32Array(4096);

  /** Room for `n` more grams, so that `id` never checks. */
  reserve(n: number): void {
    const size = this.size + n;
    this.textStart = grown(this.textStart, size + 1, ints);
    this.units = grown(this.units, size, bytes);
    this.hash = grown(this.hash, size, uints);
    this.prefix = grown(this.prefix, size, ints);
    this.text = grown(this.text, (this.textStart[this.size] ?? 0) + 12 * n, bytes);
    while ((this.used + n) * 8 > this.table.length) this.rehash();
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2).fill(-1);
    const mask = (table.length >> 2) - 1;
    for (let s = 0; s < old.length; s += 4) {
      if ((old[s] ?? -1) === -1) continue;
      let h = slot(old[s + 1] ?? 0, old[s + 2] ?? 0, old[s + 3] ?? 0, mask);
      while ((table[4 * h] ?? -1) !== -1) h = (h + 1) & mask;
      table.set(old.subarray(s, s + 4), 4 * h);
    }
    this.table = table;
  }

  /** The id of gram (a, b, c); b and c are 0 for a shorter gram. */
  id(a: number, b: number, c: number): number {
    if (b === 0 && a < 0x10000) {
      const g = this.single[a] ?? -1;
      if (g !== -1) return g;
      const added = this.add(a, 0, 0);
      this.prefix[added] = -1;
      return (this.single[a] = added);
    }
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    let h = slot(a, b, c, mask);
    for (;;) {
      const at = 4 * h;
      const g = table[at] ?? -1;
      if (g === -1) break;
      if (table[at + 1] === a && table[at + 2] === b && table[at + 3] === c) return g;
      h = (h + 1) & mask;
    }
    const g = this.add(a, b, c);
    this.prefix[g] = b === 0 ? -1 : c === 0 ? this.id(a, 0, 0) : this.id(a, b, 0);
    // Adding the prefix may have taken the free slot found above.
    this.place(g, a, b, c);
    return g;
  }

  private place(g: number, a: number, b: number, c: number): void {
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    let h = slot(a, b, c, mask);
    while ((table[4 * h] ?? -1) !== -1) h = (h + 1) & mask;
    table[4 * h] = g;
    table[4 * h + 1] = a;
    table[4 * h + 2] = b;
    table[4 * h + 3] = c;
    this.used++;
  }

  private add(a: number, b: number, c: number): number {
    const g = this.size++;
    let at = this.textStart[g] ?? 0;
    let hash = 0x811c9dc5;
    let units = 0;
    for (const cp of [a, b, c]) {
      if (cp === 0) break;
      at = utf8(this.text, at, cp);
      hash = fnv(hash, cp);
      units += cp > 0xffff ? 2 : 1;
    }
    this.textStart[g + 1] = at;
    this.hash[g] = hash >>> 0;
    this.units[g] = units;
    return g;
  }

  /** Gram g's key as a string (for the few keys named in the entry). */
  key(g: number): string {
    return Buffer.from(this.text.buffer, this.textStart[g] ?? 0, (this.textStart[g + 1] ?? 0) - (this.textStart[g] ?? 0)).toString('utf8');
  }
}

/**
 * Gathers one note's postings at a time; its scratch arrays are reused from
 * note to note. Each position counts only its longest gram: a gram's
 * occurrences are added to its prefix's once the note is read (an occurrence
 * of `abc` is one of `ab` and of `a`), so a position costs one look-up.
 */
class NoteGatherer {
  /** Per gram: the note it was last seen in, and its posting there. */
  private seenIn = new Int32Array(4096).fill(-1);
  private postingOf = new Int32Array(4096);
  private note = 0;
  /** Postings of this note: gram, the posting of its prefix (-1: none), occurrences, fields. */
  private n = 0;
  private grams = new Int32Array(4096);
  private prefixOf = new Int32Array(4096);
  private occurrences = new Int32Array(4096);
  private mask = new Uint8Array(4096);
  /** For a gram that can overlap itself (`aa`, `aba`, `aaa`): hits that do not overlap, and where the last one ended. */
  private overlaps = new Uint8Array(4096);
  private hits = new Uint8Array(4096);
  private end = new Int32Array(4096);
  private offset = 0;
  private cps = new Int32Array(1024);

  constructor(private readonly dict: GramDictionary) {}

  gather(note: GatherInput): NotePostings {
    this.note++;
    this.n = 0;
    this.offset = 0;
    this.add(fold(note.title), TITLE);
    for (const section of note.sections) this.add(fold(section[0]), HEADING);
    for (const tag of note.tags) this.add(fold(tag), TAG);
    for (const section of note.sections) this.add(fold(section[2]), PROSE);
    for (const section of note.sections) if (section[3]) this.add(fold(section[3]), CODE);
    const { prefixOf, occurrences, mask } = this;
    // A prefix's posting comes before its grams': from the last, every gram is complete when added to its prefix.
    for (let p = this.n - 1; p >= 0; p--) {
      const q = prefixOf[p] ?? -1;
      if (q === -1) continue;
      occurrences[q]! += occurrences[p] ?? 0;
      mask[q]! |= mask[p] ?? 0;
    }
    const meta = new Uint16Array(this.n);
    for (let p = 0; p < this.n; p++) {
      const hits = this.overlaps[p] ? (this.hits[p] ?? 1) : Math.min(occurrences[p] ?? 1, HITS_CAP);
      meta[p] = (mask[p] ?? 0) | ((hits - 1) << 5);
    }
    return { grams: this.grams.slice(0, this.n), meta };
  }

  /** Room for `n` more grams and postings, so that the inner loop never checks. */
  private reserve(n: number): void {
    this.dict.reserve(n);
    const size = this.dict.size + n;
    if (size > this.seenIn.length) {
      const seen = new Int32Array(Math.max(size, this.seenIn.length * 2)).fill(-1);
      seen.set(this.seenIn);
      this.seenIn = seen;
      this.postingOf = grown(this.postingOf, size, ints);
    }
    const postings = this.n + n;
    this.grams = grown(this.grams, postings, ints);
    this.prefixOf = grown(this.prefixOf, postings, ints);
    this.occurrences = grown(this.occurrences, postings, ints);
    this.mask = grown(this.mask, postings, bytes);
    this.overlaps = grown(this.overlaps, postings, bytes);
    this.hits = grown(this.hits, postings, bytes);
    this.end = grown(this.end, postings, ints);
  }

  /** This note's posting of gram g = (a, b, c), made when new (its prefixes' first, as they are met first). */
  private posting(g: number, a: number, b: number, c: number): number {
    if (this.seenIn[g] === this.note) return this.postingOf[g] ?? 0;
    const prefix = this.dict.prefix[g] ?? -1;
    const q = prefix === -1 ? -1 : c !== 0 ? this.posting(prefix, a, b, 0) : this.posting(prefix, a, 0, 0);
    const p = this.n++;
    this.seenIn[g] = this.note;
    this.postingOf[g] = p;
    this.grams[p] = g;
    this.prefixOf[p] = q;
    this.occurrences[p] = 0;
    this.mask[p] = 0;
    this.overlaps[p] = (c !== 0 ? a === c : b !== 0 && a === b) ? 1 : 0;
    this.hits[p] = 0;
    this.end[p] = 0;
    return p;
  }

  /** One more hit of a gram that can overlap itself, unless it overlaps the last (as indexOf counts). */
  private overlapHit(p: number, at: number, length: number): void {
    const hits = this.hits[p] ?? 0;
    if (at >= (this.end[p] ?? 0) && hits < HITS_CAP) {
      this.hits[p] = hits + 1;
      this.end[p] = at + length;
    }
  }

  /** Every gram of a field's (normalised) text. */
  private add(text: string, field: number): void {
    if (this.cps.length < text.length + 2) this.cps = new Int32Array(text.length * 2 + 2);
    const cps = this.cps;
    // Code points, white space as 0 (a gram never holds it), two 0s after the end.
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i) ?? 0;
      if (c > 0xffff) i++;
      cps[n++] = isSpace(c) ? 0 : c;
    }
    cps[n] = 0;
    cps[n + 1] = 0;
    this.reserve(3 * n);
    const base = this.offset;
    // Positions in separate fields never meet.
    this.offset += n + GRAM;
    const { dict, occurrences, mask } = this;
    for (let i = 0; i < n; i++) {
      const a = cps[i] ?? 0;
      if (a === 0) continue;
      const b = cps[i + 1] ?? 0;
      const c = b === 0 ? 0 : (cps[i + 2] ?? 0);
      let p: number;
      if (b === 0) {
        p = this.posting(dict.id(a, 0, 0), a, 0, 0);
      } else if (c === 0) {
        p = this.posting(dict.id(a, b, 0), a, b, 0);
        if (a === b) this.overlapHit(p, base + i, 2);
      } else {
        p = this.posting(dict.id(a, b, c), a, b, c);
        if (a === c) this.overlapHit(p, base + i, 3);
        if (a === b) this.overlapHit(this.prefixOf[p] ?? 0, base + i, 2);
      }
      occurrences[p]!++;
      mask[p]! |= field;
    }
  }
}

/** What a note's postings are made of (NoteGatherer reads nothing else). */
export type GatherInput = Pick<IndexNote, 'title' | 'tags' | 'sections'>;

/** The cache key of a note's postings: its text, not its URL or date (a moved note keeps them). */
function gatherKey(note: GatherInput): string {
  return JSON.stringify([note.title, note.tags, note.sections]);
}

interface Cached {
  postings: NotePostings;
  /** Gathered by warm() since the last build: counted as gathered anew when a build uses it. */
  warmed: boolean;
}

/**
 * Notes' postings by their text, kept from one build to the next while the
 * text is unchanged; a text not in the last build is forgotten. Postings may be
 * gathered ahead of a build (warm), as each note is rendered.
 */
export class PostingsCache {
  readonly dict = new GramDictionary();
  private readonly gatherer = new NoteGatherer(this.dict);
  private entries = new Map<string, Cached>();
  private next = new Map<string, Cached>();
  private gathered = 0;

  /** The note's postings, for the build under way. */
  get(note: IndexNote): NotePostings {
    const key = gatherKey(note);
    let entry = this.next.get(key) ?? this.entries.get(key);
    if (!entry || entry.warmed) this.gathered++;
    entry = entry ? { postings: entry.postings, warmed: false } : { postings: this.gatherer.gather(note), warmed: false };
    this.next.set(key, entry);
    return entry.postings;
  }

  /** Gathers a note's postings now, for the next build to find. */
  warm(note: GatherInput): void {
    const key = gatherKey(note);
    if (!this.entries.has(key)) this.entries.set(key, { postings: this.gatherer.gather(note), warmed: true });
  }

  /** Keeps only the notes of the build just finished; returns how many of them were gathered anew. */
  endBuild(): number {
    const gathered = this.gathered;
    this.entries = this.next;
    this.next = new Map();
    this.gathered = 0;
    return gathered;
  }
}
