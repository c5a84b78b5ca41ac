import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hexo } from '../hexo';
import { noteProblems, type NoteProblem } from '../shared/problems';
import { clientScript, injectScript } from './client';
import { AFTER_GENERATE, SERVER_MIDDLEWARE } from '../pipeline';

interface App {
  use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void;
}

/** Buffers an HTML response and adds the live-reload script to it; other responses pass through. */
function injectInto(res: ServerResponse, scriptUrl: string): void {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  let html: boolean | null = null;
  const isHtml = (): boolean => (html ??= /text\/html/i.test(String(res.getHeader('Content-Type') ?? '')));
  const keep = (chunk: unknown, encoding: unknown): void => {
    if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  res.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    if (!isHtml()) return write(chunk, ...rest);
    keep(chunk, rest[0]);
    return true;
  } as ServerResponse['write'];
  res.end = function (...args: unknown[]): ServerResponse {
    if (!isHtml()) return end(...args);
    keep(args[0], args[1]);
    const body = Buffer.from(injectScript(Buffer.concat(chunks).toString('utf8'), scriptUrl));
    if (!res.headersSent) res.setHeader('Content-Length', body.length);
    return end(body);
  } as ServerResponse['end'];
}

export default function register(hexo: Hexo): void {
  // server_middleware filters run only under `hexo server`: nothing of this
  // reaches `hexo generate` output.
  hexo.extend.filter.register(
    'server_middleware',
    (app: App) => {
      const args = hexo.env.args as Record<string, unknown>;
      if (args.s || args.static) return;
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
    },
    SERVER_MIDDLEWARE.LIVE_RELOAD,
  );

  // Under `hexo server` a page that does not exist (a note whose front matter
  // no longer parses, an id just changed) gets the site's 404 page, as static
  // hosts serve it, so the live reload still runs there and shows why.
  hexo.extend.filter.register(
    'server_middleware',
    (app: App) => {
      const args = hexo.env.args as Record<string, unknown>;
      if (args.s || args.static) return;
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
    },
    SERVER_MIDDLEWARE.NOT_FOUND_FALLBACK,
  );
}
