// Renders notes one by one: a note that fails is named with its file and line,
// keeps its last good rendering (under `hexo server`) or is shown as text, and
// the rest of the site still builds.
import fs from 'node:fs';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { renderNote } from '../hexo/render-post';
import { findDocument } from '../hexo/records';
import { escapeHtml } from '../shared/html';
import { reportProblem } from '../shared/problems';
import { NoteRenderError } from './tags';
import { invalidUtf8Line } from './utf8';

interface NoteDoc extends PostData {
  _id: string;
  _content?: string;
  full_source: string;
  disableNunjucks?: boolean;
  save(): PromiseLike<unknown>;
}

function firstLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- Hexo colours its Nunjucks messages
  return text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim() ?? text;
}

/** The fallback for a note rendered for the first time in this process: its text with Nunjucks off, or the message. */
async function renderAsText(hexo: Hexo, post: NoteDoc, message: string): Promise<void> {
  post.content = post._content ?? '';
  post.disableNunjucks = true;
  try {
    await renderNote(hexo, post);
  } catch {
    post.content = `<p class="render-error">${escapeHtml(message)}</p>`;
  }
  post.disableNunjucks = undefined;
}

/** A note saved as something other than UTF-8 is reported at its first bad line. */
function checkUtf8(hexo: Hexo, post: NoteDoc, file: string): void {
  if (!post.raw?.includes('\uFFFD')) return;
  const line = invalidUtf8Line(fs.readFileSync(post.full_source));
  if (line === null) return;
  reportProblem(hexo, { level: 'error', file, line, message: 'the file is not UTF-8 text; save it as UTF-8' });
  post.render_failed = true;
}

/**
 * The before_generate filter that renders the notes without content (or whose
 * last rendering failed). `where` names a note's file.
 */
export function noteRenderer(hexo: Hexo, where: (note: { source: string }) => string): (this: Hexo) => Promise<void> {
  // The last good rendering of each note in this process: `hexo server` keeps
  // showing it while the note is broken.
  const lastGood = new Map<string, string>();

  async function renderOne(post: NoteDoc): Promise<void> {
    const file = where(post);
    post.content = post._content ?? '';
    post.render_failed = undefined;
    try {
      await renderNote(hexo, post);
      lastGood.set(post.full_source, post.content);
    } catch (error) {
      const line = error instanceof NoteRenderError ? error.line : null;
      const message = error instanceof Error ? firstLine(error.message) : String(error);
      reportProblem(hexo, { level: 'error', file, line, message: `failed to render: ${message}` });
      post.render_failed = true;
      const previous = lastGood.get(post.full_source);
      if (previous !== undefined) post.content = previous;
      else await renderAsText(hexo, post, message);
    }
    checkUtf8(hexo, post, file);
    await post.save();
  }

  return async function renderNotes(): Promise<void> {
    // Only the notes to render are fetched as documents: copying every note is
    // most of this filter's cost when one note changed.
    const pending = (['Post', 'Page'] as const).flatMap((name) =>
      storedRecords(hexo, name)
        .filter((record) => record.content == null || record.render_failed)
        .map((record) => findDocument<NoteDoc>(hexo, name, record._id)),
    );
    // The files under code_dir first: {% include_code %} in a note or page reads one's rendered content.
    const codeDir = String(hexo.config.code_dir ?? 'downloads/code').replace(/\/?$/, '/');
    const isCode = (doc: NoteDoc): boolean => doc.source.startsWith(codeDir);
    await Promise.all(pending.filter(isCode).map(renderOne));
    await Promise.all(pending.filter((doc) => !isCode(doc)).map(renderOne));
  };
}
