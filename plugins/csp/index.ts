// Content-Security-Policy on every page: computed from the finished HTML (the
// hashes of its inline scripts, the origins of its remote images), so a theme
// change cannot silently break it. Pure modules: scan.ts, content.ts, hash.ts, policy.ts, page.ts.
import crypto from 'node:crypto';
import type { Hexo } from '../hexo';
import { AFTER_RENDER } from '../pipeline';
import { contentMarks, markContent } from './content';
import { withPolicy } from './page';
import { readSettings } from './settings';

export default function register(hexo: Hexo): void {
  const settings = readSettings(hexo.config.csp);
  if (settings.ignored.length > 0) {
    hexo.log.warn(`_config.yml csp.extra: ignored ${settings.ignored.join('; ')} (a list of sources per directive)`);
  }
  const marks = contentMarks(crypto.randomBytes(12).toString('hex'));
  // The layouts write a note's content through this helper: the policy step reads it apart (content.ts).
  const marked = (html?: string): string => (settings.enable ? markContent(html ?? '', marks) : (html ?? ''));
  hexo.extend.helper.register('note_content', marked);
  // And the parts of the layout that hold no inline script (header, sidebar, lists, toc): read apart the
  // same way, they are not tokenized for scripts with every page; a script put there stays blocked.
  hexo.extend.helper.register('scriptless', marked);
  if (!settings.enable) return;
  hexo.extend.filter.register('after_render:html', (html: string) => withPolicy(html, settings.extra, marks), AFTER_RENDER.CSP);
}
