// Code blocks: every fenced block through the `notes` highlighter (language
// label, copy button), and file blocks (compose, .env, named files) with their
// summaries, warnings and downloads.
import type { Hexo } from '../hexo';
import { BEFORE_POST_RENDER } from '../pipeline';
import { uiString } from '../shared/i18n';
import { downloadRoutes, noteOptions, type NoteDoc } from './files/note';
import { processNote } from './files/process';
import { renderCodeBlock } from './highlight/render';

interface HighlightOptions {
  lang?: string;
  caption?: string;
  mark?: number[] | string;
  line_number?: boolean;
  firstLine?: number | string;
}

export default function register(hexo: Hexo): void {
  // Selected by `syntax_highlighter: notes` in _config.yml; Hexo calls it for
  // fenced blocks and the codeblock tag with the language as written (`env` too).
  hexo.extend.highlight.register('notes', (code: string, options: HighlightOptions) =>
    renderCodeBlock(code, {
      lang: options.lang,
      caption: options.caption,
      mark: options.mark,
      lineNumbers: options.line_number,
      firstLine: Number(options.firstLine ?? 1) || 1,
      copyLabel: uiString(hexo, 'copy'),
      wrapLabel: uiString(hexo, 'code_wrap'),
    }),
  );

  hexo.extend.filter.register(
    'before_post_render',
    (data: NoteDoc) => {
      const options = noteOptions(data, { baseDir: hexo.base_dir, root: hexo.config.root, t: (key) => uiString(hexo, key) });
      if (!options) return data;
      const result = processNote(data.content, options);
      for (const warning of result.warnings) hexo.log.warn(warning);
      data.content = result.markdown;
      // Saved with the post in db.json, so a cached (not re-rendered) note still publishes its files.
      data.code_files = result.files;
      return data;
    },
    BEFORE_POST_RENDER.CODE_FILES,
  );

  hexo.extend.generator.register('code-files', (locals) => downloadRoutes([locals.posts, locals.pages]));
}
