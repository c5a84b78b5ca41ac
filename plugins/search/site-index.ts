// The site's side of the search index and page: what hexo-generator-search is
// handed, how its output becomes ours, what the page generator returns.
import path from 'node:path';
import type { SiteLocals } from '../hexo';
import { buildSearchIndex, type IndexedPost } from './build-index';

interface PostDoc extends IndexedPost {
  path: string;
}
interface Locals {
  posts: { forEach(fn: (post: PostDoc) => void): void };
  pages: { forEach(fn: (page: PostDoc) => void): void };
}

export interface IndexLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * hexo-generator-search sorts by `-date` alone; handing it notes already ordered
 * by file keeps same-date notes in the same order in every build (its sort is stable).
 */
export function orderedForUpstream(locals: SiteLocals): SiteLocals {
  return { ...locals, posts: locals.posts.sort('-date source'), pages: locals.pages.sort('source') };
}

/** Every post and page by the URL hexo-generator-search gives it. */
export function notesByUrl(locals: SiteLocals, root: string): Map<string, PostDoc> {
  const byUrl = new Map<string, PostDoc>();
  const site = locals as unknown as Locals;
  site.posts.forEach((post) => byUrl.set(root + post.path, post));
  site.pages.forEach((page) => byUrl.set(root + page.path, page));
  return byUrl;
}

/** hexo-generator-search's `data` with our sections in place of its raw Markdown; its own output when that cannot be read. */
export function rewriteIndex(data: string, byUrl: ReadonlyMap<string, PostDoc>, route: string, log: IndexLog): string {
  let built;
  try {
    built = buildSearchIndex(JSON.parse(data), (url) => byUrl.get(url));
  } catch (error) {
    log.error(`search: cannot read hexo-generator-search's ${route}: ${error instanceof Error ? error.message : String(error)}`);
    return data;
  }
  const { notes, missing } = built;
  if (missing.length > 0) log.warn(`search: no text extracted for ${missing.join(', ')}; run \`hexo clean\` to render them again`);
  return JSON.stringify(notes);
}

/** Why the search box would have no index, or null: `search.path` must name a .json file hexo-generator-search writes. */
export function indexPathProblem(search: unknown, hasUpstream: boolean): string | null {
  const configured = (search as { path?: unknown } | undefined)?.path;
  if (hasUpstream && typeof configured === 'string' && path.extname(configured) === '.json') return null;
  return `search: set \`search.path\` to a .json file (e.g. search.json) in _config.yml; got ${JSON.stringify(configured)}, so the search box has no index`;
}

/** The shareable results page, /search/?q=…; also where the header's form submits when scripts are off. */
export function searchPage(title: string): { path: string; layout: string[]; data: { title: string; type: string } } {
  return { path: 'search/index.html', layout: ['search'], data: { title, type: 'search' } };
}
