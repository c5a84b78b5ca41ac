// Footnotes: marked-footnote in marked with our markup, and a check of the
// Markdown as written for references and definitions that do not meet.
import type { Hexo, PostData } from '../hexo';
import { BEFORE_POST_RENDER } from '../pipeline';
import { isMarkdownSource } from '../shared/fences';
import { uiString } from '../shared/i18n';
import { noteFile, reportProblem } from '../shared/problems';
import { bodyLineOffset } from '../shared/site';
import { footnoteExtensions } from './markup';
import { footnoteWarnings } from './problems';

type Use = (...extensions: ReturnType<typeof footnoteExtensions>) => void;

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register(
    'before_post_render',
    (data: PostData) => {
      if (!data.source || typeof data.content !== 'string' || !isMarkdownSource(data.source)) return data;
      for (const { line, message } of footnoteWarnings(data.content, bodyLineOffset(data.raw, data.content))) {
        reportProblem(hexo, { level: 'warn', file: noteFile(hexo, data), line, message });
      }
      return data;
    },
    BEFORE_POST_RENDER.FOOTNOTES,
  );

  hexo.extend.filter.register('marked:use', (use: Use) => {
    use(...footnoteExtensions((key) => uiString(hexo, key)));
  });
}
