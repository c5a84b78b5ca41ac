import fs from 'node:fs';
import path from 'node:path';
import type { Hexo, PostData, SiteLocals } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { anyPage } from '../shared/site';
import { isMarkdownSource } from '../shared/fences';
import { katexAssets } from './assets';
import { renderMathInMarkdown } from './markdown';
import { pickOptions } from './render';

/** Lines of the file before its body (the front matter), when the body is the file's tail. */
function bodyLineOffset(post: PostData): number {
  const raw = typeof post.raw === 'string' ? post.raw : '';
  if (!raw || !raw.endsWith(post.content)) return 0;
  return raw.slice(0, raw.length - post.content.length).split('\n').length - 1;
}

export default function register(hexo: Hexo): void {
  const settings = (hexo.config.math ?? {}) as { dollars?: boolean; katex?: Record<string, unknown> };
  const { options: siteOptions, ignored } = pickOptions(settings.katex ?? {});
  if (ignored.length > 0) hexo.log.warn(`_config.yml math.katex: ignored options ${ignored.join(', ')}`);

  // Before the mermaid filter (9) and Hexo's highlighter (10): formulas are
  // rendered and set aside before Nunjucks or Markdown can touch them.
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
        result = renderMathInMarkdown(post.content, siteOptions, dollars);
      } catch (error) {
        // A fault of ours must not stop the site: this note is left as written.
        hexo.log.error(`math: ${file}: formulas not rendered: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (result.formulas === 0 && result.warnings.length === 0) return;
      const offset = bodyLineOffset(post);
      for (const { line, message } of result.failures) hexo.log.warn(`math: ${file}:${line + offset}: ${message}`);
      for (const { line, message } of result.warnings) hexo.log.warn(`math: ${file}:${line + offset}: ${message}`);
      post.content = result.text;
    },
    8,
  );

  // A reader: the layout links KaTeX's stylesheet only where a formula is.
  registerPostTransform(hexo, {
    name: 'math-flag',
    priority: 50,
    run($, post) {
      post.has_math = $('.math').length > 0;
    },
  });

  // Published only when some page has a formula.
  hexo.extend.generator.register('katex-assets', (locals: SiteLocals) => {
    if (!anyPage(locals, 'has_math')) return [];
    return katexAssets().map(({ path: route, file, text }) => ({
      path: route,
      data: file === undefined ? text : () => fs.createReadStream(file),
    }));
  });
}
