// Our templates for hexo-generator-feed and hexo-generator-sitemap (configured
// in _config.yml), unless the site names its own, and the feed's content cap.
import path from 'node:path';

type Config = Record<string, Record<string, unknown> | undefined>;

/** Far above any real note (a chapter with thousands of formulas is a few MB), far below a pathological one. */
const FEED_CONTENT_MAX_CHARS = 5_000_000;

/**
 * The template files in `dir` (this module's folder, named by the caller: in the
 * plugins' bundle `__dirname` is the bundle's folder), set on the feed and
 * sitemap settings that name none.
 */
export function useOurTemplates(config: Config, dir: string): void {
  const feed = config.feed;
  if (feed && !feed.template) feed.template = path.join(dir, 'atom.xml');
  // A note's HTML past this length goes into the feed as its summary line: a note of
  // 20,000 formulas is 20 MB of KaTeX markup, which no feed reader wants twenty times over.
  if (feed && typeof feed.content_max_chars !== 'number') feed.content_max_chars = FEED_CONTENT_MAX_CHARS;
  const sitemap = config.sitemap;
  if (sitemap && !sitemap.template) sitemap.template = path.join(dir, 'sitemap.xml');
}
