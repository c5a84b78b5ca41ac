// What a site publishes beside its notes: the Atom feed and the sitemap (our
// templates), the 404 page, the footer's years.
import path from 'node:path';
import type { Hexo } from '../hexo';
import { perGeneration } from '../shared/per-generation';
import { notFoundPage } from './not-found';
import { useOurTemplates } from './templates';
import { siteYears, type YearsLocals } from './years';

/** Once per generation (hexo server regenerates after an edit), not once per page. */
const copyrightYears = perGeneration((_hexo, locals: YearsLocals) => siteYears(locals));

export default function register(hexo: Hexo): void {
  // scripts/load-plugins.js loads the plugins from `<base_dir>/plugins`.
  useOurTemplates(hexo.config, path.join(hexo.base_dir, 'plugins', 'publishing'));
  hexo.extend.generator.register('not-found', notFoundPage);

  hexo.extend.helper.register('copyright_years', function () {
    // Hexo's helper context type does not declare the template locals it carries.
    return copyrightYears(hexo, this as unknown as YearsLocals);
  });
}
