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
  /** The source file as read: front matter included. */
  raw?: unknown;
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

interface Kept {
  raw: unknown;
  path: string;
  source: string;
  time: number;
  facts: NoteFacts;
}

/**
 * The facts of the last generation, by note. `hexo server` generates again after
 * every save, and reading every note's tags and categories again cost about
 * 200 ms a save at 1,000 notes; a note whose source file (its front matter: title,
 * tags, categories, series, order), path and date are unchanged keeps its facts.
 */
const kept = new WeakMap<Hexo, Map<string, Kept>>();

function readNotes(hexo: Hexo): NoteFacts[] {
  const last = kept.get(hexo) ?? new Map<string, Kept>();
  const next = new Map<string, Kept>();
  const facts = (hexo.locals.get('posts') as { toArray(): PostDoc[] }).toArray().map((post) => {
    const time = post.date.valueOf();
    const had = last.get(post._id);
    const same = had !== undefined && typeof post.raw === 'string' && had.raw === post.raw && had.path === post.path && had.source === post.source && had.time === time;
    const entry = same ? had : { raw: post.raw, path: post.path, source: post.source, time, facts: factsOf(post) };
    next.set(post._id, entry);
    return entry.facts;
  });
  // Only this generation's notes are kept: a removed note is forgotten.
  kept.set(hexo, next);
  return facts;
}

// A new generation (hexo server after an edit) reads the notes again.
const notes = perGeneration(readNotes);
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
