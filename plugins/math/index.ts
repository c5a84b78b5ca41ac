import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { BEFORE_POST_RENDER } from '../pipeline';
import { deferHtml, deferUntilParse } from '../post-dom';
import { reportRenderFault } from '../shared/problems';
import { registerVendorFiles } from '../shared/site';
import { katexAssets } from './assets';
import { renderNoteMath, type MathSettings } from './note';
import { pickOptions } from './render';

export default function register(hexo: Hexo): void {
  const settings = (hexo.config.math ?? {}) as MathSettings;
  const { options, ignored } = pickOptions(settings.katex ?? {});
  if (ignored.length > 0) hexo.log.warn(`_config.yml math.katex: ignored options ${ignored.join(', ')}`);

  hexo.extend.filter.register(
    'before_post_render',
    (post: PostData) =>
      renderNoteMath(post, {
        settings,
        options,
        defer: (html) => deferHtml(hexo, post, html),
        deferUntilParse: (html, plain) => deferUntilParse(hexo, post, html, plain),
        fault: (message) => reportRenderFault(hexo, post, message),
        warn: (message) => hexo.log.warn(message),
        file: () => path.relative(hexo.base_dir, post.full_source ?? path.join(hexo.source_dir, post.source)),
      }),
    BEFORE_POST_RENDER.MATH,
  );

  // The layout links KaTeX's stylesheet, and the site serves it, only where a formula is.
  registerVendorFiles(hexo, { flag: 'has_math', selector: '.math', transform: 'math-flag', generator: 'katex-assets', files: katexAssets });
}
