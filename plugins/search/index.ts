import { onDatabaseLoaded, storedRecords, type GeneratorReturn, type Hexo, type PostData, type SiteLocals } from '../hexo';
import { commandName, generatesSite } from '../hexo/console';
import { BEFORE_GENERATE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { renderedText, storedTexts } from './build-index';
import { extractSections } from './extract';
import { indexThread } from './off-thread';
import { indexPathProblem, searchPage } from './page';
import { searchRoutes } from './routes';

/** The generator hexo-generator-search registers when `search.path` ends in `.json`. */
const UPSTREAM = 'json';

export default function register(hexo: Hexo): void {
  // A reader: stores the note's final text on the post, which Hexo saves with it in db.json.
  registerPostTransform(hexo, {
    name: 'search',
    phase: 'read',
    run($, post: PostData) {
      const sections = post.indexing === false ? [] : extractSections($);
      post.search_sections = sections;
      // The index's thread gathers the note's postings while the other notes render.
      if (post.indexing !== false) indexThread().warm(renderedText(post, sections));
    },
  });

  // hexo-generator-search (loaded before our scripts) picks the notes, leaves
  // out `indexing: false` and writes title, url and tags; its generator is
  // wrapped and its output becomes the sharded index (routes.ts).
  const upstream = hexo.extend.generator.get(UPSTREAM);
  if (upstream) {
    // hexo-generator-search registers this generator only when `search.path` is a .json path.
    const route = (): string => String((hexo.config.search as { path: unknown }).path);
    const lazy = (): boolean => commandName(hexo, hexo.env.cmd) === 'server';
    // The index's thread loads the plugins while Hexo reads and renders the notes.
    hexo.on('ready', () => {
      if (generatesSite(hexo)) indexThread().start();
    });
    // A build after an edit renders only the edited notes: the others' text is in db.json,
    // and the thread gathers it while Hexo reads the sources, not once every page is ready.
    onDatabaseLoaded(hexo, () => {
      if (generatesSite(hexo)) for (const note of storedTexts(storedRecords(hexo, 'Post'))) indexThread().warm(note);
    });
    // Once the notes are final, the index is built on its thread while the
    // other generators run; this generator takes it (routes.ts).
    let early: Promise<GeneratorReturn[]> | null = null;
    hexo.extend.filter.register(
      'before_generate',
      () => {
        if (lazy()) return;
        const locals = { posts: hexo.locals.get('posts') as unknown, pages: hexo.locals.get('pages') as unknown } as SiteLocals;
        early = searchRoutes(hexo, upstream, locals, route(), false);
        // Awaited by the generator; a failure must not count as unhandled before then.
        early.catch(() => undefined);
      },
      BEFORE_GENERATE.SEARCH_INDEX,
    );
    hexo.extend.generator.register(UPSTREAM, (locals) => {
      const started = early;
      early = null;
      return started ?? searchRoutes(hexo, upstream, locals, route(), lazy());
    });
  }

  hexo.extend.generator.register('search-page', () => {
    const problem = indexPathProblem(hexo.config.search, Boolean(upstream));
    if (problem) hexo.log.warn(problem);
    return searchPage(uiString(hexo, 'search_title'));
  });
}
