// Requests to other sites by the commands that fetch them (`hexo linkcards`,
// `hexo links`): a timeout per request, redirects followed by hand up to a
// limit (only to http(s) URLs), a bounded number of requests at once.

export const USER_AGENT = 'Mozilla/5.0 (compatible; hexo-linkcards; +https://hexo.io)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FollowOptions {
  method?: 'GET' | 'HEAD';
  timeout: number;
  maxRedirects: number;
  accept: string;
}

/** The last response (any status but a redirect) and its URL, or why there is none. */
export type Followed = { ok: true; url: string; response: Response } | { ok: false; reason: string };

/** A fetch failure as a short reason: timeout, unreachable (with the system code), or the message. */
export function failureReason(error: unknown, timeout: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `timed out after ${timeout} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return `unreachable (${cause.code})`;
  if (cause?.message) return `unreachable (${cause.message})`;
  return error instanceof Error ? error.message : String(error);
}

/** Requests `url`, following at most `maxRedirects` redirects; the body of the last response is the caller's to read or cancel. */
export async function follow(url: string, options: FollowOptions): Promise<Followed> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const signal = AbortSignal.timeout(options.timeout);
    try {
      const res = await fetch(current, { method: options.method ?? 'GET', redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: options.accept } });
      if (!REDIRECTS.has(res.status)) return { ok: true, url: current, response: res };
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) return { ok: false, reason: `HTTP ${res.status} without a Location` };
      if (hop >= options.maxRedirects) return { ok: false, reason: `more than ${options.maxRedirects} redirects` };
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, reason: `redirected to a non-http URL (${next.protocol})` };
      current = next.href;
    } catch (error) {
      return { ok: false, reason: failureReason(error, options.timeout) };
    }
  }
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
