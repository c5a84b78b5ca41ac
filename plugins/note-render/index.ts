import fs from 'node:fs';
import path from 'node:path';
import { unescapeHTML } from 'hexo-util';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { escapeHtml } from '../shared/html';
import { reportProblem } from '../shared/problems';
import { errorReason, firstNonTag, sourceLine, tagAt, tagNamedIn } from './nunjucks-scan';
import { invalidUtf8Line } from './utf8';
import { BEFORE_GENERATE } from '../pipeline';

interface NoteDoc extends PostData {
  _content?: string;
  content: string;
  full_source: string;
  disableNunjucks?: boolean;
  /** Set while the saved content is a fallback, so the next build renders (and reports) it again. */
  render_failed?: boolean;
  save(): PromiseLike<unknown>;
}
interface Model {
  findById(id: string): NoteDoc;
}
// The document is the render data: Hexo renders notes in place.
type RenderData = Parameters<Hexo['post']['render']>[1];
type TagRender = (str: string, options?: object, callback?: unknown) => PromiseLike<string>;

/** A note that failed to render, with where it failed in its source file. */
export class NoteRenderError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

function firstLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- Hexo colours its Nunjucks messages
  return text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim() ?? text;
}

export default function register(hexo: Hexo): void {
  const tag = hexo.extend.tag as unknown as { render: TagRender; env: { hasExtension(name: string): boolean } };
  const renderTags = tag.render.bind(tag);
  const isTag = (name: string): boolean => tag.env.hasExtension(name);
  const where = (post: NoteDoc): string => path.join(path.basename(hexo.source_dir), post.source);

  // Hexo decides whether a note goes through Nunjucks before any filter sees the
  // text Nunjucks will get; its tag renderer is the one place that sees exactly
  // that text (code already set aside), so the decision for each note is made here.
  tag.render = function renderNoteTags(str: string, options?: object, callback?: unknown): PromiseLike<string> {
    const post = options as Partial<NoteDoc> | undefined;
    if (callback || typeof post?.full_source !== 'string' || typeof post.raw !== 'string') return renderTags(str, options, callback);
    const raw = post.raw;
    const construct = firstNonTag(str, isTag);
    if (construct) {
      const line = sourceLine(raw, construct);
      hexo.log.warn(
        `${where(post as NoteDoc)}${line ? `:${line}` : ''}: "${construct}" is not a tag plugin; this note is rendered with Nunjucks off (wrap such text in {% raw %}…{% endraw %} or in backticks)`,
      );
      return Promise.resolve(str);
    }
    return Promise.resolve(renderTags(str, options)).catch((error: unknown) => {
      const e = error as { line?: number; location?: string; type?: string; message?: string };
      const message = e.message ?? String(error);
      const reason = errorReason(e.type ?? message, post.source);
      const column = Number(/Column (\d+)/.exec(e.location ?? message)?.[1] ?? 0);
      const failing = (typeof e.line === 'number' ? tagAt(str, e.line, column) : null) ?? tagNamedIn(str, message);
      const line = failing ? sourceLine(raw, failing) : null;
      const shown = failing ? unescapeHTML(failing) : null;
      throw new NoteRenderError(shown && !reason.includes(shown) ? `${shown}: ${reason}` : reason, line);
    });
  };

  // The last good rendering of each note in this process: `hexo server` keeps
  // showing it while the note is broken.
  const lastGood = new Map<string, string>();

  async function renderOne(post: NoteDoc): Promise<void> {
    const file = where(post);
    post.content = post._content ?? '';
    post.render_failed = undefined;
    try {
      await hexo.post.render(post.full_source, post as unknown as RenderData);
      lastGood.set(post.full_source, post.content);
    } catch (error) {
      const line = error instanceof NoteRenderError ? error.line : null;
      const message = error instanceof Error ? firstLine(error.message) : String(error);
      reportProblem(hexo, { level: 'error', file, line, message: `failed to render: ${message}` });
      post.render_failed = true;
      const previous = lastGood.get(post.full_source);
      if (previous !== undefined) {
        post.content = previous;
      } else {
        // Shown as text with Nunjucks off, so the rest of the note is still readable.
        post.content = post._content ?? '';
        post.disableNunjucks = true;
        try {
          await hexo.post.render(post.full_source, post as unknown as RenderData);
        } catch {
          post.content = `<p class="render-error">${escapeHtml(message)}</p>`;
        }
        post.disableNunjucks = undefined;
      }
    }
    if (post.raw?.includes('\uFFFD')) {
      const line = invalidUtf8Line(fs.readFileSync(post.full_source));
      if (line !== null) {
        reportProblem(hexo, { level: 'error', file, line, message: 'the file is not UTF-8 text; save it as UTF-8' });
        post.render_failed = true;
      }
    }
    await post.save();
  }

  async function renderNotes(this: Hexo): Promise<void> {
    // Only the notes to render are fetched as documents: copying every note is
    // most of this filter's cost when one note changed.
    const pending = (['Post', 'Page'] as const).flatMap((name) => {
      const model = hexo.model(name) as unknown as Model;
      return storedRecords(hexo, name)
        .filter((record) => record.content == null || record.render_failed)
        .map((record) => model.findById(record._id));
    });
    await Promise.all(pending.map(renderOne));
  }

  // Replaces Hexo's own render_post filter: one note that fails no longer stops
  // the whole generation, and it is named with its file and line.
  // Found by name: Hexo registers it from its own module, which plugins cannot import by a public path.
  const hexoRenderPost = hexo.extend.filter.list('before_generate').find((fn) => fn.name === 'renderPostFilter');
  if (!hexoRenderPost) throw new Error('note-render: Hexo\'s render_post filter was not found (Hexo changed?)');
  hexo.extend.filter.unregister('before_generate', hexoRenderPost);
  hexo.extend.filter.register('before_generate', renderNotes, BEFORE_GENERATE.RENDER_NOTES);
}
