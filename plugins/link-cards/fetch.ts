// Fetching a page or an image for the store, within limits: a timeout per request,
// a redirect limit, a size cap, and only the content types asked for.
// cheerio/slim: htmlparser2 only, without parse5 and undici.
import * as cheerio from 'cheerio/slim';
import { failureReason, follow } from '../shared/http';
import type { StoreEntry } from './store';

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

/** GETs `url`, following at most `maxRedirects` redirects to http(s) URLs. */
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

export const isHtml = (contentType: string): boolean => /^(?:text\/html|application\/xhtml\+xml)\b/.test(contentType);

/** Decodes a page by its declared charset (header, then <meta charset>), UTF-8 otherwise. */
export function decodePage(body: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048));
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

const clean = (text: string | undefined, max: number): string | undefined => {
  const one = text?.replace(/\s+/g, ' ').trim();
  if (!one) return undefined;
  const chars = [...one];
  return chars.length <= max ? one : `${chars.slice(0, max - 1).join('')}…`;
};

export interface PageMeta extends Omit<StoreEntry, 'image'> {
  /** Absolute http(s) URL of the page's preview image. */
  imageUrl?: string;
}

/** Open Graph, then Twitter cards, then <title> / meta description, read with an HTML parser. */
export function parseMeta(html: string, pageUrl: string): PageMeta {
  const $ = cheerio.load(html);
  const metas = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = (el.attribs.property ?? el.attribs.name ?? '').trim().toLowerCase();
    const content = el.attribs.content;
    if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
  });
  const first = (...keys: string[]): string | undefined => keys.map((k) => metas.get(k)?.trim()).find(Boolean);
  const meta: PageMeta = {};
  const title = clean(first('og:title', 'twitter:title') ?? $('title').first().text(), 200);
  const description = clean(first('og:description', 'twitter:description', 'description'), 300);
  const siteName = clean(first('og:site_name', 'application-name'), 80);
  if (title) meta.title = title;
  if (description) meta.description = description;
  if (siteName) meta.site_name = siteName;
  const image = first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  if (image) {
    try {
      const url = new URL(image, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') meta.imageUrl = url.href;
    } catch {
      // An unparsable image URL is no image.
    }
  }
  return meta;
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
