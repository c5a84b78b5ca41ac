// The search index as Hexo routes: hexo-generator-search's output (its `json`
// generator, wrapped) turned into our notes, then into the entry file at
// `search.path` and the shard and fragment files beside it (shards.ts).
import path from 'node:path';
import { generatorResult, type GeneratorReturn, type Hexo, type SiteLocals } from '../hexo';
import { buildSearchIndex, type IndexedPost, type IndexNote } from './build-index';
import { indexThread } from './off-thread';
import type { ShardBuild } from './shards';

interface PostDoc extends IndexedPost {
  path: string;
}
interface Locals {
  posts: { forEach(fn: (post: PostDoc) => void): void };
  pages: { forEach(fn: (page: PostDoc) => void): void };
}
type Upstream = (this: Hexo, locals: SiteLocals) => unknown;

/** The folder of the index's files, beside the entry: `search.json` → `search-index/`. */
export function indexDir(route: string): string {
  return `${path.posix.basename(route, path.posix.extname(route))}-index/`;
}

/** Set (to anything) to log how long each build of the index took: `npm run bench` reads it. */
export const TIMING_ENV = 'NOTES_SEARCH_TIMING';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Clock {
  /** Wall time in this generator's synchronous parts (nothing else runs meanwhile), ms. */
  ms: number;
  /** The process's CPU time meanwhile (background threads included: compilers, GC), ms. */
  cpu: number;
  since: number;
  cpuSince: number;
}

function start(clock: Clock): void {
  clock.since = performance.now();
  clock.cpuSince = cpuMs();
}

function stop(clock: Clock): void {
  clock.ms += performance.now() - clock.since;
  clock.cpu += cpuMs() - clock.cpuSince;
}

async function build(hexo: Hexo, upstream: Upstream, locals: SiteLocals, route: string): Promise<ShardBuild | null> {
  // Time spent here only: other generators run while this one awaits.
  const clock: Clock = { ms: 0, cpu: 0, since: 0, cpuSince: 0 };
  start(clock);
  const found = indexNotes(hexo, upstream, locals, route, clock);
  // Not awaited unless it must be: see indexNotes.
  const notes = found instanceof Promise ? await found : found;
  stop(clock);
  if (!notes) return null;
  const { built, ms, thread, reason } = await indexThread().build(notes, { dir: indexDir(route) });
  if (reason) hexo.log.debug(`search: the index was built on the main thread: ${reason}`);
  if (process.env[TIMING_ENV]) {
    // The building thread's busy time counts as CPU: process.cpuUsage() cannot tell threads apart.
    hexo.log.info(`search: index built in ${(clock.ms + ms).toFixed(1)} ms, ${(clock.cpu + ms).toFixed(1)} ms of CPU (${built.entry.n} notes, ${built.gathered} gathered anew, ${built.files.length + 1} files, on the ${thread} thread)`);
  }
  return built;
}

/**
 * The notes to index, from hexo-generator-search's output. Its generator
 * returns at once, and then so does this: awaiting it would let every other
 * generator run first (see plugins/hexo/generator-result.ts), so the index's
 * thread would get its notes only once they are done, and the main thread
 * would then wait for its merge instead of running them meanwhile.
 */
function indexNotes(hexo: Hexo, upstream: Upstream, locals: SiteLocals, route: string, clock: Clock): IndexNote[] | null | Promise<IndexNote[] | null> {
  // It sorts by `-date` alone; handing it notes already ordered by file keeps
  // same-date notes in the same order in every build (its sort is stable).
  const ordered = { ...locals, posts: locals.posts.sort('-date source'), pages: locals.pages.sort('source') };
  const result = generatorResult(upstream.call(hexo, ordered));
  if (result.ready) return notesOf(hexo, result.value, locals, route);
  stop(clock);
  return Promise.resolve(result.pending).then((output) => {
    start(clock);
    return notesOf(hexo, output, locals, route);
  });
}

function notesOf(hexo: Hexo, generated: unknown, locals: SiteLocals, route: string): IndexNote[] | null {
  const { data } = generated as { data: string };
  const byUrl = new Map<string, PostDoc>();
  const root = hexo.config.root ?? '/';
  const site = locals as unknown as Locals;
  site.posts.forEach((post) => byUrl.set(root + post.path, post));
  site.pages.forEach((page) => byUrl.set(root + page.path, page));
  let built;
  try {
    built = buildSearchIndex(JSON.parse(data), (url) => byUrl.get(url));
  } catch (error) {
    hexo.log.error(`search: cannot read hexo-generator-search's ${route}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  if (built.missing.length > 0) {
    hexo.log.warn(`search: no text extracted for ${built.missing.join(', ')}; run \`hexo clean\` to render them again`);
  }
  return built.notes;
}

/**
 * The routes of one generation. Under `hexo generate` the index is built here,
 * once. Under `hexo server` only the entry is a route, built when first
 * requested; it then adds the other files (their names hold their hashes, so
 * they are known only once built), which the next generation drops again.
 */
export async function searchRoutes(hexo: Hexo, upstream: Upstream, locals: SiteLocals, route: string, lazy: boolean): Promise<GeneratorReturn[]> {
  const base = path.posix.dirname(route);
  const filePath = (file: string): string => (base === '.' ? file : `${base}/${file}`);
  if (!lazy) {
    const built = await build(hexo, upstream, locals, route);
    // One build per command: the thread's memory is not kept through the pages' rendering.
    indexThread().stop();
    if (!built) return [];
    return [{ path: route, data: JSON.stringify(built.entry) }, ...built.files.map((f) => ({ path: filePath(f.path), data: f.data }))];
  }
  let pending: Promise<string> | undefined;
  const entry = (): Promise<string> =>
    (pending ??= build(hexo, upstream, locals, route).then((built) => {
      if (!built) return '{}';
      for (const file of built.files) hexo.route.set(filePath(file.path), file.data);
      return JSON.stringify(built.entry);
    }));
  return [{ path: route, data: entry }];
}
