// Fetching a URL for a store filled by a command (`hexo linkcards`, `hexo images`),
// within limits: a timeout per request, a redirect limit, a size cap, and only
// the content types asked for; and what the bytes are, whatever the server says.
// Requests and redirects themselves are shared/http.ts's, as for `hexo links`.
import { failureReason, follow } from './http';

export interface Limits {
  timeout: number;
  maxRedirects: number;
  maxBytes: number;
}

export type Fetched =
  | { ok: true; url: string; contentType: string; body: Uint8Array; truncated: boolean }
  | { ok: false; reason: string; skipped?: boolean };

async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > max) {
      chunks.push(value.subarray(0, max - size));
      size = max;
      truncated = true;
      // The rest is never downloaded.
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, truncated };
}

/** GETs `url`, following at most `maxRedirects` redirects to http(s) URLs (shared/http.ts). */
export async function fetchLimited(url: string, limits: Limits, accepts: (contentType: string) => boolean, accept: string): Promise<Fetched> {
  const got = await follow(url, { timeout: limits.timeout, maxRedirects: limits.maxRedirects, accept });
  if (!got.ok) return got;
  const res = got.response;
  try {
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `HTTP ${res.status}` };
    }
    const contentType = (res.headers.get('content-type') ?? '').toLowerCase();
    if (!accepts(contentType)) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, skipped: true, reason: `not ${accept.split(',')[0]} (${contentType || 'no content type'})` };
    }
    const { bytes, truncated } = await readCapped(res.body, limits.maxBytes);
    return { ok: true, url: got.url, contentType, body: bytes, truncated };
  } catch (error) {
    return { ok: false, reason: failureReason(error, limits.timeout) };
  }
}

/** The file extension of a raster image by its first bytes (the server's content type is not trusted). */
export function imageExtension(bytes: Uint8Array): string | null {
  const b = (i: number): number => bytes[i] ?? -1;
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  return null;
}
