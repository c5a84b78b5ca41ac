// The listing pages a build writes with the theme's layout (home, tags,
// categories, archive, series, search, 404): their only element ids are the
// layout's, so an anchor into one is checked against those.
import { SERIES_DIR } from '../series/series';

export interface ListingDirs {
  tag_dir?: unknown;
  category_dir?: unknown;
  archive_dir?: unknown;
  pagination_dir?: unknown;
}

function dirOf(value: unknown, fallback: string): string {
  const dir = typeof value === 'string' && value.trim() ? value.trim() : fallback;
  return `${dir.replace(/^\/+|\/+$/g, '')}/`;
}

/** The HTML routes among `routes` that are listings: under a listing folder, the home pages, search and 404. */
export function listingRoutes(routes: Iterable<string>, config: ListingDirs): string[] {
  const dirs = [dirOf(config.tag_dir, 'tags'), dirOf(config.category_dir, 'categories'), dirOf(config.archive_dir, 'archives'), `${SERIES_DIR}/`, dirOf(config.pagination_dir, 'page'), 'search/'];
  const singles = new Set(['index.html', '404.html']);
  return [...routes].filter((route) => route.endsWith('.html') && (singles.has(route) || dirs.some((dir) => route.startsWith(dir))));
}
