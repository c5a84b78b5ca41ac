import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hexo } from '../hexo';
import type { RenderProblem } from '../note-render';
import { clientScript, injectScript } from './client';

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
  // reaches `hexo generate` output. Priority 5: before hexo-server's own
  // middlewares (10), so HTML passes through the injection and the event stream
  // is never compressed.
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
      let problems: RenderProblem[] = [];

      hexo.on('notes:rendered', (found: RenderProblem[]) => {
        problems = found;
      });
      // A regeneration after a saved note (or theme file) is complete: reload,
      // unless a note failed, in which case the page keeps its last good version.
      hexo.on('generateAfter', () => {
        const message = problems.length ? `event: problems\ndata: ${JSON.stringify(problems)}\n\n` : 'event: reload\ndata: {}\n\n';
        problems = [];
        for (const client of clients) client.write(message);
      });

      app.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0];
        if (pathname === streamPath) {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
          res.write('retry: 500\n\n');
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
    5,
  );
}
