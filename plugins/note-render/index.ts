import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { replaceRenderPost } from '../hexo/render-post';
import { isPostNotFound, tagFunction, wrapTagRender } from '../hexo/tag-render';
import { readLinkSettings } from '../link-check/settings';
import { BEFORE_GENERATE, BEFORE_POST_RENDER } from '../pipeline';
import { isMarkdownSource } from '../shared/fences';
import { escapeHtml } from '../shared/html';
import { reportProblem } from '../shared/problems';
import { sourceLine } from './nunjucks-scan';
import { deadPostLinkMessage, deadPostLinkText } from './post-links';
import { rewriteTagLinks } from './tag-links';
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
  // Links and images addressed by a tag, before Hexo sets the tags aside for marked (tag-links.ts).
  hexo.extend.filter.register(
    'before_post_render',
    (data: PostData) => {
      const nunjucksOff = data.disableNunjucks === true || (hexo.config.marked as { disableNunjucks?: unknown } | undefined)?.disableNunjucks === true;
      if (!nunjucksOff && typeof data.content === 'string' && isMarkdownSource(data.source)) data.content = rewriteTagLinks(data.content);
      return data;
    },
    BEFORE_POST_RENDER.TAG_LINKS,
  );
  // A post link to no note is a dead link (post-links.ts), not a note that fails: wrapped once every plugin has loaded.
  hexo.on('ready', () => {
    for (const tag of ['post_link', 'post_path'] as const) {
      const own = tagFunction(hexo, tag);
      if (own) hexo.extend.tag.register(tag, deadPostLinks(hexo, tag, own, where));
    }
  });
  // Replaces Hexo's own render_post filter: one note that fails no longer stops
  // the whole generation, and it is named with its file and line.
  replaceRenderPost(hexo, noteRenderer(hexo, where), BEFORE_GENERATE.RENDER_NOTES);
}

/** Hexo's post_link / post_path, with a link to no note reported and shown as text (Hexo's tags get the note as `this`). */
function deadPostLinks(
  hexo: Hexo,
  tag: 'post_link' | 'post_path',
  own: NonNullable<ReturnType<typeof tagFunction>>,
  where: (note: { source: string }) => string,
): (this: unknown, args: string[]) => string {
  const dead = (note: { source?: unknown; raw?: unknown }, args: string[]): string => {
    const file = typeof note.source === 'string' ? where({ source: note.source }) : 'a page';
    const line = typeof note.raw === 'string' ? sourceLine(note.raw, `{% ${tag} ${args.join(' ')} %}`) : null;
    const level = readLinkSettings(hexo.config.links).strict ? 'error' : 'warn';
    reportProblem(hexo, { level, file, line, message: deadPostLinkMessage({ tag, slug: args[0] ?? '' }) });
    return escapeHtml(deadPostLinkText(tag, args));
  };
  return function (this: unknown, args: string[]) {
    let result: unknown;
    try {
      // Hexo's tags take their arguments off the array they are given.
      result = own.call(this, [...args]);
    } catch (error) {
      if (!isPostNotFound(error)) throw error;
      return dead(this as object, args);
    }
    // post_link throws for a note it cannot find; post_path gives nothing.
    if (result == null) return dead(this as object, args);
    // Hexo's tags return strings; another's may return a Nunjucks SafeString, which prints as its text.
    return typeof result === 'string' ? result : (result as { toString(): string }).toString();
  };
}
