// The middlewares `hexo server` runs for live reload: the event stream and
// script that reload the open page, and the site's 404 page for missing pages.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hexo } from '../hexo';
import { noteProblems, type NoteProblem } from '../shared/problems';
import { clientScript } from './client';
import { injectInto } from './inject';
import { AFTER_GENERATE } from '../pipeline';

export interface App {
  use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void;
}

/** Whether `hexo server` serves files as they are (`-s`): then no live reload. */
export function servesStatic(hexo: Hexo): boolean {
  const args = hexo.env.args as Record<string, unknown>;
  return Boolean(args.s || args.static);
}

/** The reload stream, its script, and the script injected into every HTML page. */
export function useLiveReload(hexo: Hexo, app: App): void {
  const root = hexo.config.root || '/';
  const streamPath = `${root}__livereload`;
  const scriptPath = `${root}__livereload.js`;
  const script = clientScript(root);
  const clients = new Set<ServerResponse>();
  // What the last complete generation found: every page that connects shows it.
  let shown: NoteProblem[] = [];

  // A regeneration after a saved note (or theme file) is complete: reload.
  // A note that failed to render still serves its last good version, and the
  // reloaded page shows the problems when it connects.
  hexo.extend.filter.register(
    'after_generate',
    () => {
      shown = noteProblems(hexo);
      for (const client of clients) client.write('event: reload\ndata: {}\n\n');
    },
    AFTER_GENERATE.LIVE_RELOAD,
  );

  app.use((req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname === streamPath) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      res.write(`event: problems\ndata: ${JSON.stringify(shown)}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (pathname === scriptPath) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(script);
      return;
    }
    if (req.method === 'GET') injectInto(res, scriptPath);
    next();
  });
}

/**
 * A page that does not exist (a note whose front matter no longer parses, an id
 * just changed) gets the site's 404 page, as static hosts serve it, so the live
 * reload still runs there and shows why.
 */
export function useNotFoundPage(hexo: Hexo, app: App): void {
  app.use((req, res, next) => {
    const page = hexo.route.get('404.html') as NodeJS.ReadableStream | undefined;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/text\/html/.test(req.headers.accept ?? '') || !page) {
      next();
      return;
    }
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'HEAD') res.end();
    else page.pipe(res).on('error', next);
  });
}
