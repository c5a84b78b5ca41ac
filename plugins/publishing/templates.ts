// Our templates for hexo-generator-feed and hexo-generator-sitemap (configured
// in _config.yml), unless the site names its own.
import path from 'node:path';

type Config = Record<string, Record<string, unknown> | undefined>;

/** The template files beside this module, set on the feed and sitemap settings that name none. */
export function useOurTemplates(config: Config, dir: string = __dirname): void {
  const feed = config.feed;
  if (feed && !feed.template) feed.template = path.join(dir, 'atom.xml');
  const sitemap = config.sitemap;
  if (sitemap && !sitemap.template) sitemap.template = path.join(dir, 'sitemap.xml');
}
