// Fetching a URL for a store filled by a command (`hexo linkcards`, `hexo images`),
// within limits: a timeout per request, a redirect limit, a size cap, and only
// the content types asked for; and what the bytes are, whatever the server says.
export interface Limits {
  timeout: number;
  maxRedirects: number;
  maxBytes: number;
}

export type Fetched =
  | { ok: true; url: string; contentType: string; body: Uint8Array; truncated: boolean }
  | { ok: false; reason: string; skipped?: boolean };

const USER_AGENT = 'Mozilla/5.0 (compatible; hexo-notes; +https://hexo.io)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch failure as a short reason: timeout, unreachable (with the system code), or the message. */
export function failureReason(error: unknown, timeout: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `timed out after ${timeout} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return `unreachable (${cause.code})`;
  if (cause?.message) return `unreachable (${cause.message})`;
  return error instanceof Error ? error.message : String(error);
}

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

/** GETs `url`, following at most `maxRedirects` redirects to http(s) URLs. */
export async function fetchLimited(url: string, limits: Limits, accepts: (contentType: string) => boolean, accept: string): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const signal = AbortSignal.timeout(limits.timeout);
    try {
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept } });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) return { ok: false, reason: `HTTP ${res.status} without a Location` };
        if (hop >= limits.maxRedirects) return { ok: false, reason: `more than ${limits.maxRedirects} redirects` };
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, reason: `redirected to a non-http URL (${next.protocol})` };
        current = next.href;
        continue;
      }
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
      return { ok: true, url: current, contentType, body: bytes, truncated };
    } catch (error) {
      return { ok: false, reason: failureReason(error, limits.timeout) };
    }
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

/** Runs `task` over `items` with at most `limit` running at once. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
