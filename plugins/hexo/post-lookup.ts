// Hexo's post processor asks `Post.findOne({ source })` for every note file it
// reads, and warehouse answers by testing every record: a load of N notes costs
// N² record tests (1,000 notes: a million, about 0.2 s; 4,000: sixteen times
// that). Lookups of exactly that shape are answered from a map by source here,
// kept by the model's insert, update and remove events; any other query goes
// to warehouse as before. Relies on warehouse's Model emitting those events
// with the document, `findOne(query)` returning `findById(id)` of the first
// record that matches, and `Model#data` (records.ts).
import type { Hexo } from './index';
import { storedRecords } from './records';
import { internalChanged } from './version';

interface EventDoc {
  _id?: unknown;
  source?: unknown;
}

interface PostModel {
  findOne(this: PostModel, query: unknown, options?: unknown): unknown;
  findById(id: string): unknown;
  on(event: 'insert' | 'update' | 'remove', listener: (doc: EventDoc) => void): void;
}

function isSourceQuery(query: unknown): query is { source: string } {
  if (typeof query !== 'object' || query === null) return false;
  const keys = Object.keys(query);
  return keys.length === 1 && keys[0] === 'source' && typeof (query as { source: unknown }).source === 'string';
}

/** The first record's id for each source, in the records' order (findOne's answer). */
function sourceMap(hexo: Hexo): Map<string, string> {
  const map = new Map<string, string>();
  for (const record of storedRecords(hexo, 'Post')) {
    if (typeof record.source === 'string' && !map.has(record.source)) map.set(record.source, record._id);
  }
  return map;
}

export function indexPostsBySource(hexo: Hexo): void {
  const Post = hexo.model('Post') as unknown as Partial<PostModel>;
  if (typeof Post.findOne !== 'function' || typeof Post.findById !== 'function' || typeof Post.on !== 'function') {
    throw internalChanged('warehouse', 'Model#findOne, Model#findById or Model#on (its events) is not a function');
  }
  installLookup(hexo, Post as PostModel);
}

function installLookup(hexo: Hexo, Post: PostModel): void {
  const findOne = Post.findOne.bind(Post);
  // Built on first use; dropped (built again) whenever an event could change a first match.
  let bySource: Map<string, string> | null = null;
  Post.on('insert', (doc) => {
    if (bySource && typeof doc.source === 'string' && typeof doc._id === 'string' && !bySource.has(doc.source)) bySource.set(doc.source, doc._id);
    else bySource = null;
  });
  Post.on('update', (doc) => {
    if (bySource && (typeof doc.source !== 'string' || bySource.get(doc.source) !== doc._id)) bySource = null;
  });
  Post.on('remove', () => {
    bySource = null;
  });
  Post.findOne = function (this: PostModel, query: unknown, ...rest: unknown[]): unknown {
    if (rest.length > 0 || !isSourceQuery(query)) return findOne(query, ...rest);
    bySource ??= sourceMap(hexo);
    const id = bySource.get(query.source);
    return id === undefined ? undefined : this.findById(id);
  };
}
