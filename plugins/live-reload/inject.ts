import type { ServerResponse } from 'node:http';
import { injectScript } from './client';

/** Buffers an HTML response and adds the live-reload script to it; other responses pass through. */
export function injectInto(res: ServerResponse, scriptUrl: string): void {
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
