// Reading a fetched page for the store (the fetching itself, within limits, is
// plugins/shared/fetch-limited.ts). cheerio/slim: htmlparser2 only, without parse5 and undici.
import * as cheerio from 'cheerio/slim';
import type { StoreEntry } from './store';

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
