// The metadata store: source/_data/link_cards.yml maps a page URL to what the card
// shows beyond the link itself. Read at build time; written by `hexo linkcards`.
import { createHash } from 'node:crypto';
import { cardUrl } from './detect';

export const STORE_NAME = 'link_cards';
export const STORE_FILE = `_data/${STORE_NAME}.yml`;

export interface StoreEntry {
  title?: string;
  description?: string;
  site_name?: string;
  /** Site-relative path of the downloaded image, e.g. /images/link-cards/ab12.png. */
  image?: string;
}

export type StoreIndex = Map<string, StoreEntry>;

const TEXT_FIELDS = ['title', 'description', 'site_name'] as const;

/** The key a URL is stored under: the normalised absolute URL without its fragment. */
export function storeKey(href: string): string | null {
  const url = cardUrl(href);
  if (!url) return null;
  url.hash = '';
  return url.href;
}

/** A local image path the site can serve: absolute within the site, no host, no `..`. */
export function isLocalImagePath(value: string): boolean {
  return /^\/(?!\/)/.test(value) && !value.split('/').includes('..') && !/[\\?#]/.test(value);
}

export interface StoreProblems {
  warnings: string[];
}

/**
 * Validates the store's raw data. Bad entries and fields are reported and left out;
 * `imageExists` tells whether a local image path is present in the site's source.
 */
export function readStore(raw: unknown, imageExists: (sitePath: string) => boolean): { index: StoreIndex; warnings: string[] } {
  const index: StoreIndex = new Map();
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { index, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('must map page URLs to entries (title, description, site_name, image); ignored');
    return { index, warnings };
  }
  for (const [url, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = storeKey(url);
    if (!key) {
      warnings.push(`"${url}" is not an http(s) URL; entry ignored`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      warnings.push(`${url}: the entry must be a mapping; ignored`);
      continue;
    }
    const fields = value as Record<string, unknown>;
    const entry: StoreEntry = {};
    for (const name of TEXT_FIELDS) {
      const field = fields[name];
      if (field === undefined || field === null) continue;
      if (typeof field === 'string' || typeof field === 'number') {
        const text = String(field).replace(/\s+/g, ' ').trim();
        if (text) entry[name] = text;
      } else warnings.push(`${url}: ${name} must be text; ignored`);
    }
    const image = fields.image;
    if (typeof image === 'string' && image) {
      if (!isLocalImagePath(image)) warnings.push(`${url}: image "${image}" is not a path in this site (run \`hexo linkcards --refresh\` to download it); not shown`);
      else if (!imageExists(image)) warnings.push(`${url}: image ${image} is missing from source/; not shown`);
      else entry.image = image;
    } else if (image !== undefined && image !== null && image !== '') {
      warnings.push(`${url}: image must be a path; ignored`);
    }
    index.set(key, entry);
  }
  return { index, warnings };
}

/**
 * What a note's rendered cards depend on besides the note itself: a rendered note
 * cached in db.json whose signature differs from this is stale and is rendered again.
 */
export function cardSignature(parts: { enabled: boolean; context: string; urls: readonly string[]; index: StoreIndex }): string {
  const entries = parts.enabled ? parts.urls.map((url) => [url, parts.index.get(storeKey(url) ?? '') ?? null]) : [];
  return createHash('sha1')
    .update(JSON.stringify([parts.enabled, parts.context, entries]))
    .digest('hex')
    .slice(0, 16);
}
