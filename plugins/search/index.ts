import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { commandName } from '../hexo/console';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { extractSections } from './extract';
import { searchRoutes } from './routes';

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

  // hexo-generator-search (loaded before our scripts) picks the notes, leaves
  // out `indexing: false` and writes title, url and tags; its generator is
  // wrapped and its output becomes the sharded index (routes.ts).
  const upstream = hexo.extend.generator.get(UPSTREAM);
  if (upstream) {
    hexo.extend.generator.register(UPSTREAM, (locals) => {
      // hexo-generator-search registers this generator only when `search.path` is a .json path.
      const route = String((hexo.config.search as { path: unknown }).path);
      const server = commandName(hexo, hexo.env.cmd) === 'server';
      return searchRoutes(hexo, upstream, locals, route, server);
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
