// The facts of a rendered page (a note, a listing, the search page…) that the
// sharing tags show, with absolute URLs built from `url` in _config.yml.
import { full_url_for } from 'hexo-util';
import type { ArticleFacts, SharedPage } from './meta';

export const DEFAULT_IMAGE = '/images/og-default.png';

export interface SiteConfig {
  url: string;
  root: string;
  title: string;
  description?: string;
  language?: string;
  author?: string;
  sharing?: { image?: unknown };
}

/** What the helper reads of Hexo's page object. */
export interface PageFields {
  path?: string;
  source?: string;
  summary_line?: unknown;
  description?: unknown;
  cover?: unknown;
  index_img?: unknown;
  thumbnail?: unknown;
  top_img?: unknown;
  banner_img?: unknown;
  first_image?: unknown;
  date?: { toISOString(): string };
  updated?: { toISOString(): string };
  tags?: { map<T>(fn: (tag: { name: string }) => T): T[] };
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

export const isNote = (page: PageFields): boolean => typeof page.source === 'string' && /^_(posts|drafts)\//.test(page.source);

/**
 * The note's own picture: `cover` (Butterfly, Icarus), else the other themes'
 * keys for it: Fluid's `index_img` and `banner_img`, Icarus' `thumbnail`,
 * Butterfly's `top_img` (`false` there means "no picture").
 */
function coverOf(page: PageFields): string {
  return [page.cover, page.index_img, page.thumbnail, page.top_img, page.banner_img].map(text).find(Boolean) ?? '';
}

function absolute(config: SiteConfig, target: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return full_url_for.call({ config }, target);
  return new URL(target, base).href;
}

function articleFacts(page: PageFields, config: SiteConfig): ArticleFacts | null {
  if (!isNote(page) || !page.date) return null;
  const published = page.date.toISOString();
  return {
    published,
    modified: page.updated?.toISOString() ?? published,
    tags: page.tags?.map((tag) => tag.name) ?? [],
    author: config.author ?? config.title,
  };
}

export function sharedPage(page: PageFields, title: string, config: SiteConfig): SharedPage {
  const url = full_url_for.call({ config }, (page.path ?? '').replace(/(^|\/)index\.html$/, '$1'));
  const note = isNote(page);
  // A note's own `description:` first, as Hexo's open_graph helper and the head's <meta name="description"> read it; else its excerpt line.
  const description = text(page.description) || (note ? text(page.summary_line) : '') || text(config.description) || config.title;
  const image = coverOf(page) || text(page.first_image) || text(config.sharing?.image) || DEFAULT_IMAGE;
  return {
    title: title || config.title,
    description,
    url,
    siteName: config.title,
    language: config.language ?? 'zh-CN',
    image: absolute(config, image, url),
    article: articleFacts(page, config),
  };
}
