// Footnotes: marked-footnote in marked with our markup; footnotes written inside
// their brackets made real ones (inline.ts), then a check of the Markdown for
// references and definitions that do not meet.
import type { Hexo, PostData } from '../hexo';
import { BEFORE_POST_RENDER } from '../pipeline';
import { isMarkdownSource } from '../shared/fences';
import { uiString } from '../shared/i18n';
import { noteFile, reportProblem } from '../shared/problems';
import { bodyLineOffset } from '../shared/site';
import { footnoteExtensions } from './markup';
import { walkOnce } from '../shared/marked-walk';
import { inlineFootnotes } from './inline';
import { footnoteWarnings } from './problems';

type Use = (...extensions: ReturnType<typeof footnoteExtensions>) => void;

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register(
    'before_post_render',
    (data: PostData) => {
      if (!data.source || typeof data.content !== 'string' || !isMarkdownSource(data.source)) return data;
      const lineOffset = bodyLineOffset(data.raw, data.content);
      data.content = inlineFootnotes(data.content).markdown;
      for (const { line, message } of footnoteWarnings(data.content, lineOffset)) {
        reportProblem(hexo, { level: 'warn', file: noteFile(hexo, data), line, message });
      }
      return data;
    },
    BEFORE_POST_RENDER.FOOTNOTES,
  );

  hexo.extend.filter.register('marked:use', (use: Use) => {
    use(...walkOnce(footnoteExtensions((key) => uiString(hexo, key))));
  });
}
