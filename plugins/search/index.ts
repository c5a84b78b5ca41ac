import type { Hexo, PostData, SiteLocals } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { extractSections } from './extract';
import { indexPathProblem, notesByUrl, orderedForUpstream, rewriteIndex, searchPage } from './site-index';

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
      const { data } = (await upstream.call(hexo, orderedForUpstream(locals))) as { data: string };
      return rewriteIndex(data, notesByUrl(locals, hexo.config.root ?? '/'), route, hexo.log);
    };
    hexo.extend.generator.register(UPSTREAM, (locals) => {
      // hexo-generator-search registers this generator only when `search.path` is a .json path.
      const route = String((hexo.config.search as { path: unknown }).path);
      return { path: route, data: () => buildIndex(locals, route) };
    });
  }

  hexo.extend.generator.register('search-page', () => {
    const problem = indexPathProblem(hexo.config.search, Boolean(upstream));
    if (problem) hexo.log.warn(problem);
    return searchPage(uiString(hexo, 'search_title'));
  });
}
