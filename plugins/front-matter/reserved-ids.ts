// The top-level names of the published site that a note's /<id>/ must not take:
// the build moves a note off them (front-matter/ids.ts) and `hexo new` never
// proposes one (plugins/new-note). One list for both, so that an id `hexo new`
// accepts is one the build publishes.
import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';
import { readSettings } from '../link-cards/settings';
import { SERIES_DIR } from '../series/series';
import { indexDir } from '../search/routes';

/** A reserved name (lowercase: case-insensitive file systems hold one of `Tags` and `tags`) → what the site uses it for. */
export type ReservedIds = ReadonlyMap<string, string>;

/** What the site writes at its top level, as far as files say. */
export interface SiteLayout {
  /** `_config.yml`, as Hexo read it. */
  config: Readonly<Record<string, unknown>>;
  /** Top-level entries of the source folder (pages, static files), with the folder as messages name it. */
  source: { dir: string; entries: readonly string[] };
  /** Top-level entries of the theme's source folder (css, favicon…). */
  theme: { dir: string; entries: readonly string[] };
}

/** Folders of the site's own listings, named in _config.yml. */
const CONFIG_DIRS = {
  tag_dir: 'the tag pages',
  archive_dir: 'the archive',
  category_dir: 'the category pages',
  pagination_dir: "the home page's later pages",
} as const;

/** Files the plugins write at a path _config.yml names. */
const CONFIG_FILES = {
  search: 'the search index',
  feed: 'the feed',
  sitemap: 'the sitemap',
} as const;

/** What the plugins write under names of their own, and names kept for the site's own files. */
const OWN = new Map([
  ['search', 'the search page (plugins/search)'],
  ['vendor', 'KaTeX and mermaid (plugins/math, plugins/mermaid)'],
  ['js', "the theme's scripts (plugins/theme-assets)"],
  ['404.html', 'the 404 page'],
  ['fonts', "the site's own files"],
  ['images', "the site's own files"],
  [SERIES_DIR, "the site's series pages (plugins/series)"],
  ['llms.txt', "the site's own files"],
  ['llms-full.txt', "the site's own files"],
]);

/** Markup that Hexo renders into a page: `about.md` is published as `about.html`. */
const RENDERED = /\.(?:md|markdown|ejs|njk)$/i;

/** The first segment of a path, lowercase, or '' for none. */
function topName(value: unknown): string {
  return typeof value === 'string' ? (value.replace(/^\/+/, '').split('/')[0] ?? '').toLowerCase() : '';
}

function configPath(config: SiteLayout['config'], key: string): unknown {
  const section = config[key];
  return typeof section === 'object' && section !== null ? (section as Record<string, unknown>).path : undefined;
}

function addEntries(names: Map<string, string>, { dir, entries }: SiteLayout['source']): void {
  for (const entry of entries) {
    if (entry.startsWith('_') || entry.startsWith('.')) continue;
    names.set(entry.replace(RENDERED, '.html').toLowerCase(), `${dir}/${entry}`);
  }
}

/** Every reserved name of the site, with what uses it. */
export function reservedIds(layout: SiteLayout): ReservedIds {
  const names = new Map(OWN);
  const add = (name: string, why: string): void => {
    if (name) names.set(name, why);
  };
  for (const [key, why] of Object.entries(CONFIG_DIRS)) add(topName(layout.config[key]), `${key} in _config.yml (${why})`);
  for (const [key, why] of Object.entries(CONFIG_FILES)) {
    const value = configPath(layout.config, key);
    for (const file of Array.isArray(value) ? value : [value]) add(topName(file), `${key}.path in _config.yml (${why})`);
    if (key === 'search' && typeof value === 'string') add(topName(indexDir(value)), `${key}.path in _config.yml (the search index's files)`);
  }
  const search = configPath(layout.config, 'search');
  if (typeof search === 'string') add(topName(indexDir(search)), 'search.path in _config.yml (the search index\'s shards, beside it)');
  add(topName(readSettings(layout.config.link_cards).image_dir), 'link_cards.image_dir in _config.yml (link-card images)');
  addEntries(names, layout.theme);
  addEntries(names, layout.source);
  return names;
}

/** The owner of `id` among the reserved names, if it is one. */
export function reservedOwner(reserved: ReservedIds, id: string): string | undefined {
  return reserved.get(id.toLowerCase());
}

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** The reserved names of this Hexo site: its config, source folder and theme. */
export function siteReservedIds(hexo: Hexo): ReservedIds {
  const relative = (dir: string): string => path.relative(hexo.base_dir, dir).split(path.sep).join('/') || '.';
  const themeSource = path.join(hexo.theme_dir, 'source');
  return reservedIds({
    config: hexo.config,
    source: { dir: relative(hexo.source_dir), entries: entries(hexo.source_dir) },
    theme: { dir: relative(themeSource), entries: entries(themeSource) },
  });
}
