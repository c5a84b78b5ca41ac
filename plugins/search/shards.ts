// The sharded search index, built from the notes' postings (postings.ts):
// each gram's posting list hashed into bucket files; grams too dense for a
// bucket in files of their own; the notes' text in fragment files fetched only
// for the results shown. Pure but for the per-process postings cache: notes in,
// files out. Posting lists are written as bytes straight into the files.
import { createHash } from 'node:crypto';
import { FIELD, HASH, keyHash, PostingWriter, TAG_KEY, type Entry } from '../../shared/search-grams';
import { tagKey } from '../../shared/search-text';
import type { IndexNote } from './build-index';
import { PostingsCache, type GramDictionary, type NotePostings } from './postings';

export interface IndexFile {
  /** Relative to the entry file's folder. */
  path: string;
  data: string;
}

export interface ShardBuild {
  entry: Entry;
  files: IndexFile[];
  /** Notes whose postings were gathered anew (the others were cached from the last build). */
  gathered: number;
}

export interface ShardOptions {
  /** Folder of the files, relative to the entry's (ends in `/`). */
  dir: string;
  /** Target size of a bucket file in bytes; a key whose postings are larger gets its own file. */
  bucketBytes?: number;
  /** Fragment files hold consecutive notes up to about this many bytes. */
  fragmentBytes?: number;
  /** Postings kept from the last build (default: this process's). */
  cache?: PostingsCache;
}

const BUCKET_BYTES = 16_000;
const FRAGMENT_BYTES = 3_000;

function hashOf(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url').slice(0, HASH);
}

/** One process's postings, reused by every build (see postings.ts). */
export const processCache = new PostingsCache();

/** Every key's posting list, merged from the notes' postings: gram ids in first-seen order, lists as bytes. */
interface Lists {
  dict: GramDictionary;
  /** Gram ids in the order first seen (note by note). */
  order: Int32Array;
  /** Gram g's list is `bytes[start[g] … end[g])`. */
  bytes: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** `#tag` keys and their lists, after the grams. */
  tags: Map<string, string>;
}

// Posting text (grams.ts): base-30 continuation digits, then one base-64 final digit.
const FINAL = 0x3f;
const CONT = 0x21;

/** Writes `value` as posting text at `at`; returns the next offset (the caller left room for 8 bytes). */
function writeNumber(out: Uint8Array, at: number, value: number): number {
  let high = value >>> 6;
  if (high > 0) {
    let digits = 0;
    for (let h = high; h > 0; h = (h / 30) | 0) digits++;
    for (let i = at + digits - 1; i >= at; i--) {
      out[i] = CONT + (high % 30);
      high = (high / 30) | 0;
    }
    at += digits;
  }
  out[at++] = FINAL + (value & 63);
  return at;
}

/** Per gram, its notes in id order (a counting sort), written as posting text. */
function mergeLists(dict: GramDictionary, perNote: readonly NotePostings[]): Omit<Lists, 'tags'> {
  const grams = dict.size;
  const start = new Int32Array(grams + 1);
  for (const { grams: ids } of perNote) for (let j = 0; j < ids.length; j++) start[(ids[j] ?? 0) + 1]!++;
  for (let g = 0; g < grams; g++) start[g + 1]! += start[g] ?? 0;
  const total = start[grams] ?? 0;
  const fill = start.slice(0, grams);
  const noteOf = new Int32Array(total);
  const metaOf = new Uint16Array(total);
  const seen = new Uint8Array(grams);
  const order: number[] = [];
  perNote.forEach(({ grams: ids, meta }, note) => {
    for (let j = 0; j < ids.length; j++) {
      const g = ids[j] ?? 0;
      const at = fill[g]!++;
      noteOf[at] = note;
      metaOf[at] = meta[j] ?? 0;
      if (seen[g] === 0) {
        seen[g] = 1;
        order.push(g);
      }
    }
  });
  let bytes = new Uint8Array(Math.max(1024, total * 3));
  const end = new Int32Array(grams);
  let at = 0;
  for (let g = 0; g < grams; g++) {
    const from = start[g] ?? 0;
    const to = start[g + 1] ?? 0;
    if (at + (to - from) * 8 > bytes.length) {
      const next = new Uint8Array(Math.max(bytes.length * 2, at + (to - from) * 8));
      next.set(bytes);
      bytes = next;
    }
    start[g] = at;
    let prev = -1;
    for (let k = from; k < to; k++) {
      const note = noteOf[k] ?? 0;
      at = writeNumber(bytes, at, note - prev - 1);
      at = writeNumber(bytes, at, metaOf[k] ?? 0);
      prev = note;
    }
    end[g] = at;
  }
  return { dict, order: Int32Array.from(order), bytes, start, end };
}

/** `#tag` keys: the notes tagged with each (the field-mask text of a tag is in the grams). */
function tagLists(notes: readonly IndexNote[]): Map<string, string> {
  const ids = new Map<string, number[]>();
  notes.forEach((note, id) => {
    for (const tag of note.tags) {
      const key = TAG_KEY + tagKey(tag);
      const list = ids.get(key) ?? [];
      if (list[list.length - 1] !== id) list.push(id);
      ids.set(key, list);
    }
  });
  const out = new Map<string, string>();
  const codes = new PostingWriter();
  const meta = FIELD.tag;
  for (const [key, list] of ids) {
    let prev = -1;
    for (const id of list) {
      codes.push(id - prev - 1);
      codes.push(meta);
      prev = id;
    }
    out.set(key, codes.take());
  }
  return out;
}

/** Where a key's line comes from: its UTF-8 key and its list, as byte ranges. */
interface Line {
  key: Uint8Array;
  keyFrom: number;
  keyTo: number;
  list: Uint8Array;
  listFrom: number;
  listTo: number;
}

const lineBytes = (line: Line): number => line.keyTo - line.keyFrom + line.listTo - line.listFrom + 2;

function copy(out: Uint8Array, at: number, from: Uint8Array, start: number, end: number): number {
  // A view costs more than copying a few bytes one by one.
  if (end - start > 32) {
    out.set(from.subarray(start, end), at);
    return at + end - start;
  }
  for (let i = start; i < end; i++) out[at++] = from[i] ?? 0;
  return at;
}

/** Writes `key\tlist\n` at `at`; returns the next offset. */
function writeLine(out: Uint8Array, at: number, line: Line): number {
  at = copy(out, at, line.key, line.keyFrom, line.keyTo);
  out[at++] = 9;
  at = copy(out, at, line.list, line.listFrom, line.listTo);
  out[at++] = 10;
  return at;
}

/** Bucket files: each key's line in bucket `hash % count`, keys in first-seen order. */
function bucketFiles(lines: readonly Line[], hashes: readonly number[], count: number): Buffer[] {
  const sizes = new Int32Array(count);
  lines.forEach((line, i) => (sizes[(hashes[i] ?? 0) % count]! += lineBytes(line)));
  const buffers = Array.from(sizes, (size) => Buffer.allocUnsafe(size));
  const at = new Int32Array(count);
  lines.forEach((line, i) => {
    const b = (hashes[i] ?? 0) % count;
    at[b] = writeLine(buffers[b]!, at[b] ?? 0, line);
  });
  return buffers;
}

function shardFiles(lists: Lists, options: Required<ShardOptions>): { entry: Pick<Entry, 'b' | 'd'>; files: IndexFile[] } {
  const { dict, order, bytes, start, end } = lists;
  // A key whose list would not fit in a bucket gets a file of its own.
  const isDense = (listBytes: number, units: number): boolean => listBytes + units + 2 > options.bucketBytes;
  const lines: Line[] = [];
  const hashes: number[] = [];
  const dense: { key: string; line: Line }[] = [];
  let bucketed = 0;
  const add = (key: () => string, line: Line, units: number, hash: () => number): void => {
    const size = line.listTo - line.listFrom;
    if (isDense(size, units)) {
      dense.push({ key: key(), line });
      return;
    }
    bucketed += size + units * 3 + 2;
    lines.push(line);
    hashes.push(hash());
  };
  for (const g of order) {
    const line = { key: dict.text, keyFrom: dict.textStart[g] ?? 0, keyTo: dict.textStart[g + 1] ?? 0, list: bytes, listFrom: start[g] ?? 0, listTo: end[g] ?? 0 };
    add(() => dict.key(g), line, dict.units[g] ?? 1, () => dict.hash[g] ?? 0);
  }
  for (const [key, list] of lists.tags) {
    const k = Buffer.from(key, 'utf8');
    const l = Buffer.from(list, 'latin1');
    add(() => key, { key: k, keyFrom: 0, keyTo: k.length, list: l, listFrom: 0, listTo: l.length }, key.length, () => keyHash(key));
  }
  const count = Math.max(1, Math.round(bucketed / options.bucketBytes));
  const files: IndexFile[] = [];
  let names = '';
  bucketFiles(lines, hashes, count).forEach((data, b) => {
    const hash = hashOf(data);
    names += hash;
    files.push({ path: `${options.dir}p${b}-${hash}.txt`, data: data.toString('utf8') });
  });
  const d: Record<string, string> = {};
  const taken = new Set<string>();
  dense.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, line } of dense) {
    const buffer = Buffer.allocUnsafe(lineBytes(line));
    writeLine(buffer, 0, line);
    const data = buffer.toString('utf8');
    let hash = hashOf(data);
    // Two dense files whose hashes collide: the later one is named after its key too.
    if (taken.has(hash)) hash = hashOf(data + key);
    taken.add(hash);
    d[key] = hash;
    files.push({ path: `${options.dir}d-${hash}.txt`, data });
  }
  return { entry: { b: names, d }, files };
}

/** Consecutive notes in files of about `fragmentBytes`: the text of the results shown. */
function fragmentFiles(notes: readonly string[], options: Required<ShardOptions>): { entry: Pick<Entry, 'f' | 'fs'>; files: IndexFile[] } {
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
  for (const json of notes) {
    if (bytes > 0 && bytes + json.length > options.fragmentBytes) flush();
    group.push(json);
    bytes += json.length;
  }
  flush();
  return { entry: { f: hashes, fs: sizes }, files };
}

export function buildShards(notes: readonly IndexNote[], options: ShardOptions): ShardBuild {
  const settings = { bucketBytes: BUCKET_BYTES, fragmentBytes: FRAGMENT_BYTES, cache: processCache, ...options };
  const { cache } = settings;
  const json = notes.map((note) => JSON.stringify(note));
  const perNote = notes.map((note) => cache.get(note));
  const gathered = cache.endBuild();
  const lists = { ...mergeLists(cache.dict, perNote), tags: tagLists(notes) };
  const shards = shardFiles(lists, settings);
  const fragments = fragmentFiles(json, settings);
  const entry: Entry = { v: 1, n: notes.length, dir: settings.dir, ...shards.entry, ...fragments.entry };
  return { entry, files: [...shards.files, ...fragments.files], gathered };
}
