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

/** Once per generation (hexo server regenerates after an edit), not once per page. */
const copyrightYears = perGeneration((_hexo, locals: Locals) => yearSpan(locals.site.posts.map((post) => Number(locals.date(post.date, 'YYYY')))));

export default function register(hexo: Hexo): void {
  // Our templates for hexo-generator-feed and hexo-generator-sitemap (configured
  // in _config.yml) unless the site names its own.
  const config = hexo.config as unknown as Record<string, Record<string, unknown> | undefined>;
  const feed = config.feed;
  if (feed && !feed.template) feed.template = path.join(__dirname, 'atom.xml');
  const sitemap = config.sitemap;
  if (sitemap && !sitemap.template) sitemap.template = path.join(__dirname, 'sitemap.xml');

  hexo.extend.helper.register('copyright_years', function () {
    // Hexo's helper context type does not declare the template locals it carries.
    return copyrightYears(hexo, this as unknown as Locals);
  });
}
