// Whether a note goes through Nunjucks, decided where Hexo's tag renderer sees
// exactly the text Nunjucks will get (code already set aside), and its errors
// named with the failing tag and its line in the note's file.
import { unescapeHTML } from 'hexo-util';
import type { Logger, PostData } from '../hexo';
import type { TagRenderContext } from '../hexo/tag-render';
import { missingAssets, missingIncludes } from './asset-tags';
import { errorReason, escapeNonTags, nonTags, sourceLine, tagAt, tagNamedIn } from './nunjucks-scan';

/** A note that failed to render, with where it failed in its source file. */
export class NoteRenderError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/** A note's assets (post_asset_folder), for its asset tags, and the site's code files, for include_code. */
export interface NoteAssets {
  has(note: { _id?: string }, slug: string): boolean;
  /** Why a note may lack an asset, for the message. */
  hint(note: { source: string }): string;
  /**
   * What `file` (under code_dir) is: a page, which include_code reads; a file
   * copied as it is, which Hexo cannot include (it looks pages up only); or nothing.
   */
  codeFile(file: string): 'page' | 'file' | null;
  /** code_dir as the message names it, e.g. `source/downloads/code/`. */
  codeDir: string;
}

interface TagNote {
  _id?: string;
  source: string;
  full_source: string;
  raw: string;
}

function isNote(options: object | undefined): options is TagNote {
  const post = options as Partial<PostData> | undefined;
  return typeof post?.full_source === 'string' && typeof post.raw === 'string';
}

/** A Nunjucks error as the note's author reads it: the failing tag, why, and its line. */
function renderError(error: unknown, str: string, note: TagNote): NoteRenderError {
  const e = error as { line?: number; location?: string; type?: string; message?: string };
  const message = e.message ?? String(error);
  const reason = errorReason(e.type ?? message, note.source);
  const column = Number(/Column (\d+)/.exec(e.location ?? message)?.[1] ?? 0);
  const failing = (typeof e.line === 'number' ? tagAt(str, e.line, column) : null) ?? tagNamedIn(str, message);
  const line = failing ? sourceLine(note.raw, failing) : null;
  const shown = failing ? unescapeHTML(failing) : null;
  return new NoteRenderError(shown && !reason.includes(shown) ? `${shown}: ${reason}` : reason, line);
}

/**
 * Renders a note's tags. Text that is not a tag plugin (`{{ x }}`, `{#id}`, another
 * theme's `{% label %}`) is kept as written, with a warning naming the first and
 * its line, while the note's tag plugins still render. `where` names the note's file.
 */
export function renderNoteTags(
  str: string,
  options: object | undefined,
  hexoTags: TagRenderContext,
  log: Logger,
  where: (note: { source: string }) => string,
  assets: NoteAssets,
): PromiseLike<string> {
  if (!isNote(options)) return hexoTags.render(str, options);
  const note = options;
  for (const use of missingAssets(str, (slug) => assets.has(note, slug))) {
    const line = sourceLine(note.raw, use.construct);
    log.warn(`${where(note)}${line ? `:${line}` : ''}: {% ${use.name} ${use.slug} %}: the note has no asset "${use.slug}" (${assets.hint(note)}); Hexo renders nothing for it`);
  }
  for (const use of missingIncludes(str, (file) => assets.codeFile(file) === 'page')) {
    const line = sourceLine(note.raw, use.construct);
    const shown = `${assets.codeDir}${use.slug.replace(/^\/+/, '')}`;
    const why =
      assets.codeFile(use.slug) === 'file'
        ? `Hexo includes only the files it renders as pages (such as .js, .css, .html), and ${shown} is copied as it is`
        : `there is no ${shown}`;
    log.warn(`${where(note)}${line ? `:${line}` : ''}: {% include_code ${use.slug} %}: ${why}; Hexo renders nothing for it (a fenced code block in the note shows it)`);
  }
  const found = nonTags(str, (name) => hexoTags.isTag(name));
  const first = found[0];
  if (first) {
    const line = sourceLine(note.raw, first.construct);
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    log.warn(
      `${where(note)}${line ? `:${line}` : ''}: "${first.construct}" is not a tag plugin${more}; shown as written, the note's tag plugins still render (wrap such text in {% raw %}…{% endraw %} or in backticks)`,
    );
  }
  const text = first ? escapeNonTags(str, found) : str;
  return Promise.resolve(hexoTags.render(text, options)).catch((error: unknown) => {
    throw renderError(error, text, note);
  });
}
