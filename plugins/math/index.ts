import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { deferHtml, deferUntilParse } from '../post-dom';
import { isMarkdownSource } from '../shared/fences';
import { reportRenderFault } from '../shared/problems';
import { bodyLineOffset, registerVendorFiles } from '../shared/site';
import { katexAssets } from './assets';
import { renderMathInMarkdown } from './markdown';
import { pickOptions } from './render';
import { BEFORE_POST_RENDER } from '../pipeline';

export default function register(hexo: Hexo): void {
  const settings = (hexo.config.math ?? {}) as { dollars?: boolean; katex?: Record<string, unknown> };
  const { options: siteOptions, ignored } = pickOptions(settings.katex ?? {});
  if (ignored.length > 0) hexo.log.warn(`_config.yml math.katex: ignored options ${ignored.join(', ')}`);

  hexo.extend.filter.register(
    'before_post_render',
    (post: PostData) => {
      if (!isMarkdownSource(post.source)) return;
      // Dollars can be turned off (site-wide or per note); hexo-math's tags are
      // always rendered, as Nunjucks would fail on them otherwise.
      const dollars = settings.dollars !== false && post.math !== false;
      if (!(dollars && post.content.includes('$')) && !post.content.includes('{%')) return;
      const file = path.relative(hexo.base_dir, post.full_source ?? path.join(hexo.source_dir, post.source));
      let result;
      try {
        // KaTeX's markup stays out of the note's one parse: no transform reads inside `.math`.
        result = renderMathInMarkdown(
          post.content,
          siteOptions,
          dollars,
          (html) => deferHtml(hexo, post, html),
          (html, plain) => deferUntilParse(hexo, post, html, plain),
        );
      } catch (error) {
        // A fault of ours must not stop the site: this note is left as written.
        reportRenderFault(hexo, post, `math: formulas not rendered: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (result.formulas === 0 && result.warnings.length === 0) return;
      const offset = bodyLineOffset(post.raw, post.content);
      for (const { line, message } of result.failures) hexo.log.warn(`math: ${file}:${line + offset}: ${message}`);
      for (const { line, message } of result.warnings) hexo.log.warn(`math: ${file}:${line + offset}: ${message}`);
      post.content = result.text;
    },
    BEFORE_POST_RENDER.MATH,
  );

  // The layout links KaTeX's stylesheet, and the site serves it, only where a formula is.
  registerVendorFiles(hexo, { flag: 'has_math', selector: '.math', transform: 'math-flag', generator: 'katex-assets', files: katexAssets });
}
