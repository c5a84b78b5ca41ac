import path from 'node:path';
import type { Hexo } from '../hexo';
import { replaceRenderPost } from '../hexo/render-post';
import { wrapTagRender } from '../hexo/tag-render';
import { BEFORE_GENERATE } from '../pipeline';
import { noteRenderer } from './render-notes';
import { renderNoteTags } from './tags';

export default function register(hexo: Hexo): void {
  const where = (note: { source: string }): string => path.join(path.basename(hexo.source_dir), note.source);
  // Hexo decides whether a note goes through Nunjucks before any filter sees the
  // text Nunjucks will get: its tag renderer is the one place that sees it.
  wrapTagRender(hexo, (str, options, hexoTags) => renderNoteTags(str, options, hexoTags, hexo.log, where));
  // Replaces Hexo's own render_post filter: one note that fails no longer stops
  // the whole generation, and it is named with its file and line.
  replaceRenderPost(hexo, noteRenderer(hexo, where), BEFORE_GENERATE.RENDER_NOTES);
}
