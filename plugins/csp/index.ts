// Content-Security-Policy on every page: computed from the finished HTML (the
// hashes of its inline scripts, the origins of its remote images), so a theme
// change cannot silently break it. Pure modules: scan.ts, hash.ts, policy.ts, page.ts.
import type { Hexo } from '../hexo';
import { AFTER_RENDER } from '../pipeline';
import { withPolicy } from './page';
import { readSettings } from './settings';

export default function register(hexo: Hexo): void {
  const settings = readSettings(hexo.config.csp);
  if (settings.ignored.length > 0) {
    hexo.log.warn(`_config.yml csp.extra: ignored ${settings.ignored.join('; ')} (a list of sources per directive)`);
  }
  if (!settings.enable) return;
  hexo.extend.filter.register('after_render:html', (html: string) => withPolicy(html, settings.extra), AFTER_RENDER.CSP);
}
