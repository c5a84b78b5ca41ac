import path from 'node:path';
import type { Hexo, PostData, SiteLocals } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { buildSearchIndex, type IndexedPost } from './build-index';
import { extractSections } from './extract';

interface PostDoc extends IndexedPost {
  path: string;
}
interface Locals {
  posts: { forEach(fn: (post: PostDoc) => void): void };
  pages: { forEach(fn: (page: PostDoc) => void): void };
}

/** The generator hexo-generator-search registers when `search.path` ends in `.json`. */
const UPSTREAM = 'json';

export default function register(hexo: Hexo): void {
  // A reader: stores the note's final text on the post, which Hexo saves with it in db.json.
  registerPostTransform(hexo, {
    name: 'search',
    phase: 'read',
    run($, post: PostData) {
      post.search_sections = post.indexing === false ? [] : extractSections($);
    },
  });

  // hexo-generator-search (loaded before our scripts) writes title, url and tags
  // per note and leaves out `indexing: false`; we keep its output and replace its
  // raw-Markdown `content` with the rendered text by section.
  const upstream = hexo.extend.generator.get(UPSTREAM);
  if (upstream) {
    // The route's data is a function: Hexo calls it only when the index is
    // written (`hexo generate`) or requested (`hexo server`), so a regeneration
    // after each saved note does not rebuild the whole index.
    const buildIndex = async (locals: SiteLocals, route: string): Promise<string> => {
      // It sorts by `-date` alone; handing it notes already ordered by file keeps
      // same-date notes in the same order in every build (its sort is stable).
      const ordered = { ...locals, posts: locals.posts.sort('-date source'), pages: locals.pages.sort('source') };
      const { data } = (await upstream.call(hexo, ordered)) as { data: string };
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
        return data;
      }
      const { notes, missing } = built;
      if (missing.length > 0) {
        hexo.log.warn(`search: no text extracted for ${missing.join(', ')}; run \`hexo clean\` to render them again`);
      }
      return JSON.stringify(notes);
    };
    hexo.extend.generator.register(UPSTREAM, (locals) => {
      // hexo-generator-search registers this generator only when `search.path` is a .json path.
      const route = String((hexo.config.search as { path: unknown }).path);
      return { path: route, data: () => buildIndex(locals, route) };
    });
  }

  // The shareable results page, /search/?q=…; also where the header's form
  // submits when scripts are off.
  hexo.extend.generator.register('search-page', () => {
    const configured = (hexo.config.search as { path?: unknown } | undefined)?.path;
    if (!upstream || typeof configured !== 'string' || path.extname(configured) !== '.json') {
      hexo.log.warn(`search: set \`search.path\` to a .json file (e.g. search.json) in _config.yml; got ${JSON.stringify(configured)}, so the search box has no index`);
    }
    return { path: 'search/index.html', layout: ['search'], data: { title: uiString(hexo, 'search_title'), type: 'search' } };
  });
}
