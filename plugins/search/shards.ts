// The sharded search index, built from the notes' sections: postings of every
// 1-, 2- and 3-gram (code points, inside runs of non-space: a term never holds
// white space) with the fields they occur in and their hits, hashed into bucket
// files; grams too dense for a bucket in files of their own; the notes' text in
// fragment files fetched only for the results shown. Pure: notes in, files out.
import { createHash } from 'node:crypto';
import {
  bucketOf, FIELD, HASH, MAX_GRAM, MAX_HITS, metaOf, PostingWriter, TAG_KEY, type Entry,
} from '../../themes/notes/browser/search/grams';
import { fold } from '../../themes/notes/browser/search/normalize';
import type { IndexNote } from './build-index';

export interface IndexFile {
  /** Relative to the entry file's folder. */
  path: string;
  data: string;
}

export interface ShardBuild {
  entry: Entry;
  files: IndexFile[];
}

export interface ShardOptions {
  /** Folder of the files, relative to the entry's (ends in `/`). */
  dir: string;
  /** Target size of a bucket file in bytes; a key whose postings are larger gets its own file. */
  bucketBytes?: number;
  /** Fragment files hold consecutive notes up to about this many bytes. */
  fragmentBytes?: number;
}

const BUCKET_BYTES = 16_000;
const FRAGMENT_BYTES = 6_000;

function hashOf(data: string): string {
  return createHash('sha1').update(data).digest('base64url').slice(0, HASH);
}

/** White space as JavaScript's `\s` matches it (queryTerms splits there). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T, n: number, make: (n: number) => T): T {
  if (n <= array.length) return array;
  const next = make(Math.max(n, array.length * 2));
  next.set(array);
  return next;
}
const ints = (n: number): Int32Array<ArrayBuffer> => new Int32Array(n);
const bytes = (n: number): Uint8Array<ArrayBuffer> => new Uint8Array(n);

/**
 * Postings of every gram, gathered note by note. Grams are interned in an
 * open-addressing table keyed by their (up to three) code points, 0 for none:
 * a Map of strings costs several times as much.
 */
class Gatherer {
  private slots = new Int32Array(1 << 16).fill(-1);
  keys = new Int32Array(3 * 4096);
  private lastNote = new Int32Array(4096);
  private current = new Int32Array(4096);
  grams = 0;
  pGram = new Int32Array(1 << 16);
  pNote = new Int32Array(1 << 16);
  pMask = new Uint8Array(1 << 16);
  pHits = new Uint8Array(1 << 16);
  private pEnd = new Int32Array(1 << 16);
  postings = 0;
  private note = -1;
  private offset = 0;
  private cps = new Int32Array(1024);

  startNote(note: number): void {
    this.note = note;
    this.offset = 0;
  }

  gramKey(g: number): string {
    const a = this.keys[3 * g] ?? 0, b = this.keys[3 * g + 1] ?? 0, c = this.keys[3 * g + 2] ?? 0;
    return b === 0 ? String.fromCodePoint(a) : c === 0 ? String.fromCodePoint(a, b) : String.fromCodePoint(a, b, c);
  }

  /** Room for `n` more grams and postings, so that the inner loop never checks. */
  private reserve(n: number): void {
    const grams = this.grams + n;
    this.keys = grown(this.keys, 3 * grams, ints);
    this.lastNote = grown(this.lastNote, grams, ints);
    this.current = grown(this.current, grams, ints);
    const postings = this.postings + n;
    this.pGram = grown(this.pGram, postings, ints);
    this.pNote = grown(this.pNote, postings, ints);
    this.pEnd = grown(this.pEnd, postings, ints);
    this.pMask = grown(this.pMask, postings, bytes);
    this.pHits = grown(this.pHits, postings, bytes);
    while (grams * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    const keys = this.keys;
    for (let g = 0; g < this.grams; g++) {
      let h = slot(keys[3 * g] ?? 0, keys[3 * g + 1] ?? 0, keys[3 * g + 2] ?? 0, mask);
      while ((slots[h] ?? -1) !== -1) h = (h + 1) & mask;
      slots[h] = g;
    }
    this.slots = slots;
  }

  /** Counts one occurrence of gram (a, b, c) at position `at`, `length` code points long, in field `field`. */
  private hit(a: number, b: number, c: number, at: number, length: number, field: number): void {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    let h = slot(a, b, c, mask);
    let g = slots[h] ?? -1;
    while (g !== -1 && (keys[3 * g] !== a || keys[3 * g + 1] !== b || keys[3 * g + 2] !== c)) {
      h = (h + 1) & mask;
      g = slots[h] ?? -1;
    }
    if (g === -1) {
      g = this.grams++;
      keys[3 * g] = a;
      keys[3 * g + 1] = b;
      keys[3 * g + 2] = c;
      this.lastNote[g] = -1;
      slots[h] = g;
    }
    let p: number;
    if (this.lastNote[g] !== this.note) {
      p = this.postings++;
      this.pGram[p] = g;
      this.pNote[p] = this.note;
      this.pMask[p] = 0;
      this.pHits[p] = 0;
      this.pEnd[p] = 0;
      this.lastNote[g] = this.note;
      this.current[g] = p;
    } else {
      p = this.current[g] ?? 0;
    }
    this.pMask[p] = (this.pMask[p] ?? 0) | field;
    // Hits as indexOf counts them: occurrences that do not overlap.
    const hits = this.pHits[p] ?? 0;
    if (at >= (this.pEnd[p] ?? 0) && hits < MAX_HITS) {
      this.pHits[p] = hits + 1;
      this.pEnd[p] = at + length;
    }
  }

  /** Every gram of a field's (normalised) text. */
  add(text: string, field: number): void {
    if (this.cps.length < text.length) this.cps = new Int32Array(text.length * 2);
    const cps = this.cps;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i) ?? 0;
      if (c > 0xffff) i++;
      cps[n++] = c;
    }
    this.reserve(3 * n);
    const base = this.offset;
    // Positions in separate fields never meet.
    this.offset += n + MAX_GRAM;
    for (let i = 0; i < n; i++) {
      const a = cps[i] ?? 0;
      if (isSpace(a)) continue;
      this.hit(a, 0, 0, base + i, 1, field);
      const b = i + 1 < n ? (cps[i + 1] ?? 0) : 32;
      if (isSpace(b)) continue;
      this.hit(a, b, 0, base + i, 2, field);
      const c = i + 2 < n ? (cps[i + 2] ?? 0) : 32;
      if (isSpace(c)) continue;
      this.hit(a, b, c, base + i, 3, field);
    }
  }
}

function slot(a: number, b: number, c: number, mask: number): number {
  const h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 7, 0xc2b2ae3d)) >>> 0;
  return (h ^ (h >>> 15)) & mask;
}

function gather(notes: readonly IndexNote[]): { gatherer: Gatherer; tags: Map<string, number[]> } {
  const gatherer = new Gatherer();
  const tags = new Map<string, number[]>();
  notes.forEach((note, id) => {
    gatherer.startNote(id);
    gatherer.add(fold(note.title), FIELD.title);
    for (const section of note.sections) gatherer.add(fold(section[0]), FIELD.heading);
    for (const tag of note.tags) {
      gatherer.add(fold(tag), FIELD.tag);
      const key = TAG_KEY + fold(tag).replace(/\s+/g, ' ');
      const list = tags.get(key) ?? [];
      if (list[list.length - 1] !== id) list.push(id);
      tags.set(key, list);
    }
    for (const section of note.sections) gatherer.add(fold(section[2]), FIELD.prose);
    for (const section of note.sections) if (section[3]) gatherer.add(fold(section[3]), FIELD.code);
  });
  return { gatherer, tags };
}

/** Each key's posting list as text, keys in first-seen order. */
function encodeAll(gatherer: Gatherer, tags: Map<string, number[]>): Map<string, string> {
  const { grams, postings } = gatherer;
  const { pGram, pNote, pMask, pHits } = gatherer;
  // Counting sort by gram: postings of one gram stay in note order.
  const start = new Int32Array(grams + 1);
  for (let p = 0; p < postings; p++) start[(pGram[p] ?? 0) + 1]!++;
  for (let g = 0; g < grams; g++) start[g + 1]! += start[g] ?? 0;
  const fill = start.slice(0, grams);
  const order = new Int32Array(postings);
  for (let p = 0; p < postings; p++) order[fill[pGram[p] ?? 0]!++] = p;
  const out = new Map<string, string>();
  const codes = new PostingWriter();
  for (let g = 0; g < grams; g++) {
    let prev = -1;
    for (let k = start[g] ?? 0; k < (start[g + 1] ?? 0); k++) {
      const p = order[k] ?? 0;
      const note = pNote[p] ?? 0;
      codes.push(note - prev - 1);
      codes.push(metaOf(pMask[p] ?? 0, pHits[p] ?? 1));
      prev = note;
    }
    out.set(gatherer.gramKey(g), codes.take());
  }
  for (const [key, ids] of tags) {
    let prev = -1;
    for (const id of ids) {
      codes.push(id - prev - 1);
      codes.push(metaOf(FIELD.tag, 1));
      prev = id;
    }
    out.set(key, codes.take());
  }
  return out;
}

function shardFiles(lists: Map<string, string>, options: Required<ShardOptions>): { entry: Pick<Entry, 'b' | 'd'>; files: IndexFile[] } {
  let bucketed = 0;
  const dense: string[] = [];
  for (const [key, list] of lists) {
    if (list.length + key.length + 2 > options.bucketBytes) dense.push(key);
    else bucketed += list.length + key.length * 3 + 2;
  }
  const denseSet = new Set(dense);
  const count = Math.max(1, Math.round(bucketed / options.bucketBytes));
  const buckets: string[][] = Array.from({ length: count }, () => []);
  for (const [key, list] of lists) {
    if (!denseSet.has(key)) buckets[bucketOf(key, count)]!.push(key, '\t', list, '\n');
  }
  const files: IndexFile[] = [];
  let hashes = '';
  buckets.forEach((lines, b) => {
    const data = lines.join('');
    const hash = hashOf(data);
    hashes += hash;
    files.push({ path: `${options.dir}p${b}-${hash}.txt`, data });
  });
  const d: Record<string, string> = {};
  const taken = new Set<string>();
  for (const key of dense.sort()) {
    const data = `${key}\t${lists.get(key) ?? ''}\n`;
    let hash = hashOf(data);
    // Two dense files whose hashes collide: the later one is named after its key too.
    if (taken.has(hash)) hash = hashOf(data + key);
    taken.add(hash);
    d[key] = hash;
    files.push({ path: `${options.dir}d-${hash}.txt`, data });
  }
  return { entry: { b: hashes, d }, files };
}

/** Consecutive notes in files of about `fragmentBytes`: the text of the results shown. */
function fragmentFiles(notes: readonly IndexNote[], options: Required<ShardOptions>): { entry: Pick<Entry, 'f' | 'fs'>; files: IndexFile[] } {
  const files: IndexFile[] = [];
  const sizes: number[] = [];
  let hashes = '';
  let group: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (group.length === 0) return;
    const data = `[${group.join(',')}]`;
    const hash = hashOf(data);
    files.push({ path: `${options.dir}f${sizes.length}-${hash}.json`, data });
    hashes += hash;
    sizes.push(group.length);
    group = [];
    bytes = 0;
  };
  for (const note of notes) {
    const json = JSON.stringify(note);
    if (bytes > 0 && bytes + json.length > options.fragmentBytes) flush();
    group.push(json);
    bytes += json.length;
  }
  flush();
  return { entry: { f: hashes, fs: sizes }, files };
}

export function buildShards(notes: readonly IndexNote[], options: ShardOptions): ShardBuild {
  const settings = { bucketBytes: BUCKET_BYTES, fragmentBytes: FRAGMENT_BYTES, ...options };
  const { gatherer, tags } = gather(notes);
  const shards = shardFiles(encodeAll(gatherer, tags), settings);
  const fragments = fragmentFiles(notes, settings);
  const entry: Entry = { v: 1, n: notes.length, dir: settings.dir, ...shards.entry, ...fragments.entry };
  return { entry, files: [...shards.files, ...fragments.files] };
}
