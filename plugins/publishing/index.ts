import path from 'node:path';
import type { Hexo } from '../hexo';
import { perGeneration } from '../shared/per-generation';
import { yearSpan } from './years';

interface PostDoc {
  date: unknown;
}
interface Locals {
  site: { posts: { map<T>(fn: (post: PostDoc) => T): T[] } };
  /** Hexo's date helper: formats in the site's timezone, whether the date came fresh or from db.json. */
  date(date: unknown, format: string): string;
}

/** Far above any real note (a chapter with thousands of formulas is a few MB), far below a pathological one. */
const FEED_CONTENT_MAX_CHARS = 5_000_000;

/** Once per generation (hexo server regenerates after an edit), not once per page. */
const copyrightYears = perGeneration((_hexo, locals: Locals) => yearSpan(locals.site.posts.map((post) => Number(locals.date(post.date, 'YYYY')))));

export default function register(hexo: Hexo): void {
  // Our templates for hexo-generator-feed and hexo-generator-sitemap (configured
  // in _config.yml) unless the site names its own.
  const config = hexo.config as unknown as Record<string, Record<string, unknown> | undefined>;
  const feed = config.feed;
  if (feed && !feed.template) feed.template = path.join(__dirname, 'atom.xml');
  // A note's HTML past this length goes into the feed as its summary line: a note of
  // 20,000 formulas is 20 MB of KaTeX markup, which no feed reader wants twenty times over.
  if (feed && typeof feed.content_max_chars !== 'number') feed.content_max_chars = FEED_CONTENT_MAX_CHARS;
  const sitemap = config.sitemap;
  if (sitemap && !sitemap.template) sitemap.template = path.join(__dirname, 'sitemap.xml');

  hexo.extend.helper.register('copyright_years', function () {
    // Hexo's helper context type does not declare the template locals it carries.
    return copyrightYears(hexo, this as unknown as Locals);
  });
}
