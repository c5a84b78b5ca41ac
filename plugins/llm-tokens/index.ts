// Model tokens written in a note's prose (`<think>`, `<eos>`, `<image>`) are shown
// as text; `<s>` / `</s>` that look like tokens get a warning with their line.
import type { MarkedExtension } from 'marked';
import type { Hexo, PostData } from '../hexo';
import { isMarkdownSource } from '../shared/fences';
import { noteFile, reportProblem } from '../shared/problems';
import { bodyLineOffset } from '../shared/site';
import { tokenMarkedExtension } from './marked';
import { strikeTokenWarnings } from './strike';
import { BEFORE_POST_RENDER, MARKED_USE } from '../pipeline';

export default function register(hexo: Hexo): void {
  // hexo-renderer-marked resets marked and runs this filter for every document it renders.
  hexo.extend.filter.register(
    'marked:use',
    (use: (extension: MarkedExtension) => unknown) => {
      use(tokenMarkedExtension());
    },
    MARKED_USE.LLM_TOKENS,
  );

  hexo.extend.filter.register(
    'before_post_render',
    (post: PostData) => {
      if (!isMarkdownSource(post.source)) return;
      const marked = (hexo.config.marked ?? {}) as { gfm?: boolean };
      const math = (hexo.config.math ?? {}) as { dollars?: boolean };
      const dollars = math.dollars !== false && post.math !== false;
      const warnings = strikeTokenWarnings(post.content, { gfm: marked.gfm, dollars });
      if (warnings.length === 0) return;
      const offset = bodyLineOffset(post.raw, post.content);
      const file = noteFile(hexo, post);
      for (const { line, message } of warnings) reportProblem(hexo, { level: 'warn', file, line: line === null ? null : line + offset, message });
    },
    BEFORE_POST_RENDER.STRIKE_TOKENS,
  );
}
