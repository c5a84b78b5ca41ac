// The notes as the knowledge-base features read them (note-facts.ts), built
// once per generation and shared: the sidebar, series, breadcrumb and related
// notes each ask for it on every page.
import type { Hexo } from '../hexo';
import { categoryChain, seriesName, type NoteFacts } from './note-facts';

interface Named {
  _id: string;
  name: string;
  path: string;
  parent?: string;
}
interface PostDoc {
  _id: string;
  title?: unknown;
  path: string;
  source: string;
  date: { valueOf(): number };
  series?: unknown;
  order?: unknown;
  tags: { toArray(): Named[] };
  categories: { toArray(): Named[] };
}

function factsOf(post: PostDoc): NoteFacts {
  return {
    key: post._id,
    title: typeof post.title === 'string' ? post.title : typeof post.title === 'number' ? String(post.title) : '',
    path: post.path,
    source: post.source,
    time: post.date.valueOf(),
    tags: post.tags.toArray().map((t) => ({ name: t.name, path: t.path })),
    categories: categoryChain(post.categories.toArray()),
    series: seriesName(post.series),
    order: post.order,
  };
}

const caches = new WeakMap<Hexo, { notes: NoteFacts[] | null; derived: Map<string, unknown> }>();

function cacheOf(hexo: Hexo): { notes: NoteFacts[] | null; derived: Map<string, unknown> } {
  let cache = caches.get(hexo);
  if (!cache) {
    const created = { notes: null as NoteFacts[] | null, derived: new Map<string, unknown>() };
    // A new generation (hexo server after an edit) reads the notes again.
    hexo.on('generateBefore', () => {
      created.notes = null;
      created.derived.clear();
    });
    caches.set(hexo, created);
    cache = created;
  }
  return cache;
}

/** Every published note, read once per generation. */
export function notesOf(hexo: Hexo): NoteFacts[] {
  const cache = cacheOf(hexo);
  cache.notes ??= (hexo.locals.get('posts') as { toArray(): PostDoc[] }).toArray().map(factsOf);
  return cache.notes;
}

/** A value computed from the notes once per generation, under `name`. */
export function perGeneration<T>(hexo: Hexo, name: string, compute: (notes: NoteFacts[]) => T): T {
  const cache = cacheOf(hexo);
  if (!cache.derived.has(name)) cache.derived.set(name, compute(notesOf(hexo)));
  return cache.derived.get(name) as T;
}

/** The note with this database id, or undefined (a page, a draft not built). */
export function noteByKey(hexo: Hexo, key: string | undefined): NoteFacts | undefined {
  if (key === undefined) return undefined;
  return perGeneration(hexo, 'by-key', (notes) => new Map(notes.map((n) => [n.key, n]))).get(key);
}
