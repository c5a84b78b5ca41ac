// What a site publishes beside its notes: the Atom feed and the sitemap (our
// templates), the 404 page, the footer's years, the head's generator and feed tags.
import path from 'node:path';
import type { Hexo } from '../hexo';
import { perGeneration } from '../shared/per-generation';
import { headTags } from './head-tags';
import { notFoundPage } from './not-found';
import { useOurTemplates } from './templates';
import { siteYears, type YearsLocals } from './years';

/** Once per generation (hexo server regenerates after an edit), not once per page. */
const copyrightYears = perGeneration((_hexo, locals: YearsLocals) => siteYears(locals));

export default function register(hexo: Hexo): void {
  // scripts/load-plugins.js loads the plugins from `<base_dir>/plugins`.
  useOurTemplates(hexo.config, path.join(hexo.base_dir, 'plugins', 'publishing'));
  hexo.extend.generator.register('not-found', notFoundPage);

  hexo.extend.helper.register('head_tags', function () {
    const helper = (name: string): string => String(hexo.extend.helper.get(name)?.call(this) ?? '');
    return headTags({
      metaGenerator: hexo.config.meta_generator,
      feed: hexo.config.feed as { autodiscovery?: unknown; type?: unknown } | undefined,
      hasGenerator: (name) => typeof hexo.extend.generator.get(name) === 'function',
      metaGeneratorTag: () => helper('meta_generator'),
      feedTag: () => helper('feed_tag'),
    });
  });

  hexo.extend.helper.register('copyright_years', function () {
    // Hexo's helper context type does not declare the template locals it carries.
    return copyrightYears(hexo, this as unknown as YearsLocals);
  });
}
