import path from 'node:path';
import type { Hexo } from '../hexo';
import { replaceRenderPost } from '../hexo/render-post';
import { wrapTagRender } from '../hexo/tag-render';
import { BEFORE_GENERATE } from '../pipeline';
import { noteRenderer } from './render-notes';
import { renderNoteTags, type NoteAssets } from './tags';

export default function register(hexo: Hexo): void {
  const where = (note: { source: string }): string => path.join(path.basename(hexo.source_dir), note.source);
  // A note's assets as Hexo's asset tags look them up (hexo/dist/plugins/tag/asset_img.js),
  // and code files as include_code does (a page whose source is code_dir/<file>).
  const codeDir = String(hexo.config.code_dir ?? 'downloads/code').replace(/\/?$/, '/');
  const assets: NoteAssets = {
    has: (note, slug) => hexo.model('PostAsset').findOne({ post: note._id, slug }) != null,
    hint: (note) =>
      hexo.config.post_asset_folder
        ? `no such file in ${where({ source: note.source.replace(/\.[^./]+$/, '') })}/`
        : 'post_asset_folder is off in _config.yml, so files beside a note are not its assets',
    codeFile: (file) => {
      const source = path.posix.join(codeDir, file);
      if (hexo.model('Page').findOne({ source }) != null) return 'page';
      return hexo.model('Asset').findOne({ path: source }) != null ? 'file' : null;
    },
    codeDir: `${path.basename(hexo.source_dir)}/${codeDir}`,
  };
  // Hexo decides whether a note goes through Nunjucks before any filter sees the
  // text Nunjucks will get: its tag renderer is the one place that sees it.
  wrapTagRender(hexo, (str, options, hexoTags) => renderNoteTags(str, options, hexoTags, hexo.log, where, assets));
  // Replaces Hexo's own render_post filter: one note that fails no longer stops
  // the whole generation, and it is named with its file and line.
  replaceRenderPost(hexo, noteRenderer(hexo, where), BEFORE_GENERATE.RENDER_NOTES);
}
