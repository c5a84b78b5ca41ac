// The notes as the knowledge-base features read them (note-facts.ts), built
// once per generation and shared: the sidebar, series, breadcrumb and related
// notes each ask for it on every page.
import type { Hexo } from '../hexo';
import { categoryChain, seriesName, type NoteFacts } from './note-facts';
import { perGeneration } from './per-generation';

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

// A new generation (hexo server after an edit) reads the notes again.
const notes = perGeneration((hexo: Hexo) => (hexo.locals.get('posts') as { toArray(): PostDoc[] }).toArray().map(factsOf));
const derived = perGeneration(() => new Map<string, unknown>());

/** Every published note, read once per generation. */
export function notesOf(hexo: Hexo): NoteFacts[] {
  return notes(hexo);
}

/** A value computed from the notes once per generation, under `name`. */
export function fromNotes<T>(hexo: Hexo, name: string, compute: (notes: NoteFacts[]) => T): T {
  const values = derived(hexo);
  if (!values.has(name)) values.set(name, compute(notesOf(hexo)));
  return values.get(name) as T;
}

/** The note with this database id, or undefined (a page, a draft not built). */
export function noteByKey(hexo: Hexo, key: string | undefined): NoteFacts | undefined {
  if (key === undefined) return undefined;
  return fromNotes(hexo, 'by-key', (notes) => new Map(notes.map((n) => [n.key, n]))).get(key);
}
