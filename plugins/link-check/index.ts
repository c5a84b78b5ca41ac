import type { Hexo, PostData } from '../hexo';
import { LAYOUT_IDS } from '../../shared/layout';
import { registerPostTransform } from '../post-dom';
import { noteFile, reportProblem } from '../shared/problems';
import { findBrokenLinks, routeOf, type LinkingPage } from './check';
import { collectLinks, type NoteLinks } from './collect';
import { listingRoutes } from './listings';
import { runLinks, STATUS_FILE } from './command';
import { readLinkSettings } from './settings';
import { AFTER_GENERATE } from '../pipeline';

type LinkedDoc = PostData & Partial<NoteLinks> & { path: string };

function linkingPages(hexo: Hexo, routes: ReadonlySet<string>): { pages: LinkingPage[]; ids: Map<string, Set<string>> } {
  const pages: LinkingPage[] = [];
  const ids = new Map<string, Set<string>>();
  const layoutIds = new Set(LAYOUT_IDS);
  for (const route of listingRoutes(routes, hexo.config)) ids.set(route, layoutIds);
  for (const name of ['posts', 'pages'] as const) {
    (hexo.locals.get(name) as { forEach(fn: (doc: LinkedDoc) => void): void }).forEach((doc) => {
      const route = routeOf(doc.path);
      ids.set(route, new Set([...LAYOUT_IDS, ...(doc.element_ids ?? [])]));
      pages.push({ file: noteFile(hexo, doc), route, raw: doc.raw, links: doc.site_links ?? [] });
    });
  }
  return { pages, ids };
}

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'link-check',
    phase: 'read',
    run($, post) {
      Object.assign(post, collectLinks($));
    },
  });
  // Once every route is set, redirects included.
  hexo.extend.filter.register('after_generate', () => {
    const { strict } = readLinkSettings(hexo.config.links);
    const routes = new Set(hexo.route.list());
    const { pages, ids } = linkingPages(hexo, routes);
    for (const broken of findBrokenLinks(pages, hexo.config.root || '/', routes, ids)) {
      reportProblem(hexo, { level: strict ? 'error' : 'warn', ...broken });
    }
  }, AFTER_GENERATE.LINK_CHECK);
  hexo.extend.console.register('links', `Check the notes' external links; records source/${STATUS_FILE}`, {}, async function links() {
    await hexo.load();
    const notes: { file: string; urls: string[] }[] = [];
    (hexo.locals.get('posts') as { forEach(fn: (doc: LinkedDoc) => void): void }).forEach((doc) => {
      notes.push({ file: noteFile(hexo, doc), urls: doc.external_links ?? [] });
    });
    const { code } = await runLinks({ notes, sourceDir: hexo.source_dir, settings: readLinkSettings(hexo.config.links).fetch, log: hexo.log, now: new Date() });
    if (code !== 0) process.exitCode = code;
  });
}
