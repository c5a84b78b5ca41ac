// The sharded index's files as the browser fetches them: the entry fresh, every
// other file (its name holds its content's hash) once per page view, all from
// the site's own origin. A file that fails to load fails the search (the caller
// shows the error state); it is fetched again on the next search.
import { EMPTY, decodePostings, fileOf, parseShard, type Entry, type Postings } from './grams';

export type Fetcher = (url: string, fresh: boolean) => Promise<string>;

export const fetchText: Fetcher = async (url, fresh) => {
  const response = await fetch(url, { credentials: 'same-origin', cache: fresh ? 'no-cache' : 'default' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
};

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return typeof e === 'object' && e !== null && e.v === 1 && typeof e.n === 'number' && typeof e.dir === 'string'
    && typeof e.b === 'string' && typeof e.f === 'string' && Array.isArray(e.fs) && typeof e.d === 'object' && e.d !== null;
}

export class IndexFiles {
  private readonly files = new Map<string, Promise<string>>();
  private readonly shards = new Map<string, Promise<Map<string, string>>>();

  private constructor(
    readonly entry: Entry,
    private readonly base: URL,
    private readonly load: Fetcher,
    /** Files must come from here (unset outside a page: tests). */
    private readonly origin: string | undefined,
  ) {}

  static async open(entryUrl: string, load: Fetcher = fetchText, origin = globalThis.location?.origin): Promise<IndexFiles> {
    const base = new URL(entryUrl, globalThis.location?.href);
    const entry: unknown = JSON.parse(await load(base.href, true));
    if (!isEntry(entry)) throw new Error(`${entryUrl} is not a search index entry`);
    return new IndexFiles(entry, base, load, origin);
  }

  /** A file named by the entry, fetched once (a failure is forgotten, so that a retry fetches again). */
  text(name: string): Promise<string> {
    let pending = this.files.get(name);
    if (!pending) {
      const url = new URL(name, this.base);
      if (this.origin && url.origin !== this.origin) return Promise.reject(new Error(`${url.href} is not on this site`));
      pending = this.load(url.href, false);
      this.files.set(name, pending);
      pending.catch(() => this.files.delete(name));
    }
    return pending;
  }

  /** The posting list of a gram or tag key (empty when no note holds it). */
  async postings(key: string): Promise<Postings> {
    const name = fileOf(this.entry, key);
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.text(name).then(parseShard);
      this.shards.set(name, shard);
      shard.catch(() => this.shards.delete(name));
    }
    const list = (await shard).get(key);
    return list === undefined ? EMPTY : decodePostings(list);
  }
}
