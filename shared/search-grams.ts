// The sharded index's format, shared by the build (plugins/search/shards.ts) and
// the browser: which grams a term is looked up by, which bucket file holds a
// gram, and how a posting list is written as text. See README, "Search".

/** Where a gram occurs in a note: one bit per field, best field lowest. */
export const FIELD = { title: 1, heading: 2, tag: 4, prose: 8, code: 16 } as const;
/** The longest gram indexed, in code points: a term this long or shorter is answered by its own posting list. */
export const MAX_GRAM = 3;
/** Hits of a term are counted up to this many per note (as engine.ts counts them). */
export const MAX_HITS = 64;
/** Tag postings are keyed by this character and the normalised tag; no gram holds it (control characters are dropped from the text). */
export const TAG_KEY = '\u0002';

/**
 * The grams a term is looked up by: the term itself when it is a gram, else
 * trigrams covering it (every third one and the last), whose postings are a
 * superset of the notes holding the term.
 */
export function termGrams(term: string): string[] {
  const cps = Array.from(term);
  if (cps.length <= MAX_GRAM) return [term];
  const grams = new Set<string>();
  for (let i = 0; i + MAX_GRAM < cps.length; i += MAX_GRAM) grams.add(cps.slice(i, i + MAX_GRAM).join(''));
  grams.add(cps.slice(cps.length - MAX_GRAM).join(''));
  return [...grams];
}

/** FNV-1a over the key's UTF-16 code units. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The bucket file a gram's postings are in. */
export function bucketOf(key: string, buckets: number): number {
  return keyHash(key) % buckets;
}

// A posting list is a run of printable ASCII: per note, the distance to the
// previous note's id (minus one) and `meta` = field mask | (hits - 1) << 5.
// Numbers are written most significant first: base-30 continuation digits
// ('!'…'>') then one base-64 final digit ('?'…'~').
const FINAL = 0x3f;
const CONT = 0x21;

const ascii = new TextDecoder('latin1');

/** Writes numbers as posting text. */
export class PostingWriter {
  private buf = new Uint8Array(4096);
  private n = 0;

  push(value: number): void {
    if (this.n + 12 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    // Values are small non-negative integers: bit operations are exact.
    let high = value >>> 6;
    if (high > 0) {
      let digits = 0;
      for (let h = high; h > 0; h = (h / 30) | 0) digits++;
      for (let i = this.n + digits - 1; i >= this.n; i--) {
        this.buf[i] = CONT + (high % 30);
        high = (high / 30) | 0;
      }
      this.n += digits;
    }
    this.buf[this.n++] = FINAL + (value & 63);
  }

  /** The text written since the last take. */
  take(): string {
    const text = ascii.decode(this.buf.subarray(0, this.n));
    this.n = 0;
    return text;
  }
}

/**
 * How often a term occurs, as ranking weighs it: 1, 2–3, 4–7, 8–15… hits
 * rank alike. Coarse on purpose: a bound from a long term's trigrams then
 * rarely ranks above the note's true place, so few notes are confirmed.
 */
export function hitClass(hits: number): number {
  return 32 - Math.clz32(hits);
}

export function metaOf(mask: number, hits: number): number {
  return mask | ((Math.min(hits, MAX_HITS) - 1) << 5);
}

/** A decoded posting list: note ids ascending, with the field mask and hits per note. */
export interface Postings {
  ids: Int32Array;
  masks: Uint8Array;
  hits: Uint8Array;
}

export const EMPTY: Postings = { ids: new Int32Array(0), masks: new Uint8Array(0), hits: new Uint8Array(0) };

export function decodePostings(text: string): Postings {
  const values: number[] = [];
  let acc = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FINAL) {
      values.push(acc * 64 + c - FINAL);
      acc = 0;
    } else {
      acc = acc * 30 + c - CONT;
    }
  }
  const n = values.length >> 1;
  const ids = new Int32Array(n);
  const masks = new Uint8Array(n);
  const hits = new Uint8Array(n);
  let id = -1;
  for (let k = 0; k < n; k++) {
    id += (values[2 * k] ?? 0) + 1;
    const meta = values[2 * k + 1] ?? 0;
    ids[k] = id;
    masks[k] = meta & 31;
    hits[k] = (meta >> 5) + 1;
  }
  return { ids, masks, hits };
}

/** A shard file: one line per key, `key\tpostings`. */
export function parseShard(text: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return lines;
}

/** The entry file (`search.path`): small, fetched fresh; names every other file. */
export interface Entry {
  v: 1;
  /** Notes in the index; ids 0…n-1 in hexo-generator-search's order (newest first). */
  n: number;
  /** Folder of the other files, relative to the entry's URL. */
  dir: string;
  /** Bucket file hashes, HASH characters each: bucket b is `p{b}-{hash}.txt`. */
  b: string;
  /** Keys too dense for a bucket: key → hash of `d-{hash}.txt`. */
  d: Record<string, string>;
  /** Fragment file hashes, HASH characters each: group g is `f{g}-{hash}.json`. */
  f: string;
  /** Notes per fragment group, in id order. */
  fs: number[];
}

export const HASH = 5;

export function bucketFile(entry: Entry, b: number): string {
  return `${entry.dir}p${b}-${entry.b.slice(b * HASH, (b + 1) * HASH)}.txt`;
}

export function denseFile(entry: Entry, hash: string): string {
  return `${entry.dir}d-${hash}.txt`;
}

export function fragmentFile(entry: Entry, g: number): string {
  return `${entry.dir}f${g}-${entry.f.slice(g * HASH, (g + 1) * HASH)}.json`;
}

/** The file holding a key's postings. */
export function fileOf(entry: Entry, key: string): string {
  const dense = Object.hasOwn(entry.d, key) ? entry.d[key] : undefined;
  return dense ? denseFile(entry, dense) : bucketFile(entry, bucketOf(key, entry.b.length / HASH));
}
