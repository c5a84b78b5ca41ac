// db.json as warehouse stores it: `{"meta": {"version": …}, "models": {"Post": […], …}}`.
// Warehouse reads it with a JavaScript streaming JSON parser, several times
// slower than the engine's JSON.parse; on a 1,000-note site that was most of
// the time an incremental build or `hexo server` took to start.
import fs from 'node:fs';

export interface StoredDatabase {
  /** The version the file was written with (0 when it has none, as warehouse reads it). */
  version: number;
  /** Each model's records, in the file's order. */
  models: Array<[name: string, records: unknown[]]>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the text of db.json; throws when it is not a warehouse database. */
export function parseDatabase(text: string): StoredDatabase {
  const data: unknown = JSON.parse(text);
  if (!isObject(data)) throw new Error('db.json is not a JSON object');
  const meta = data.meta;
  const version = isObject(meta) && typeof meta.version === 'number' ? meta.version : 0;
  const models = data.models ?? {};
  if (!isObject(models)) throw new Error('db.json has no models');
  const list: StoredDatabase['models'] = [];
  for (const [name, records] of Object.entries(models)) {
    if (!Array.isArray(records)) throw new Error(`db.json: model ${name} is not a list`);
    list.push([name, records as unknown[]]);
  }
  return { version, models: list };
}

/**
 * Whether a file of `bytes` can be read as one string with room to spare: V8's
 * limit is 2^29 - 24 UTF-16 units (a byte of UTF-8 is at most one unit), and
 * JSON.parse holds the text and the records at once.
 */
export function fitsInOneString(bytes: number): boolean {
  return bytes <= 2 ** 28;
}

/** db.json's content, or null when the file is too large for one string (warehouse's streaming parser reads it). */
export async function readDatabase(file: string): Promise<StoredDatabase | null> {
  if (!fitsInOneString((await fs.promises.stat(file)).size)) return null;
  return parseDatabase(await fs.promises.readFile(file, 'utf8'));
}
