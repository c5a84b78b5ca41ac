// The checks over every note, once per generation. Before the notes render, the
// ids (missing, unusable, shared, reserved): a note's address is final before any
// note links to it (post_link, post_path, asset_img). After they render, the
// flags of notes and pages and the notes Hexo could not read. Problems are logged
// and reported for the live reload with the file line.
import fs from 'node:fs';
import path from 'node:path';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { reportProblem } from '../shared/problems';
import { checkFlags } from './flags';
import { resolveIds } from './ids';
import { frontMatterErrorLine, frontMatterKeyLine } from './lines';
import type { Problem } from './problem';
import { siteReservedIds } from './reserved-ids';

/** A post document as the checks read and update it. */
interface PostDoc extends PostData {
  _id: string;
  id?: unknown;
  published?: boolean;
  save(): Promise<unknown>;
}

function fileOf(hexo: Hexo, source: string): string {
  return `${hexo.config.source_dir}/${source}`;
}

/** Logs each problem and reports it for the live reload, with the line of the key it is about. */
function report(hexo: Hexo, problems: readonly Problem[], posts: readonly Readonly<PostDoc>[]): void {
  if (!problems.length) return;
  const raw = new Map(posts.map((post) => [fileOf(hexo, post.source), post.raw]));
  for (const { level, file, key, message } of problems) {
    reportProblem(hexo, { level, file, line: key ? frontMatterKeyLine(raw.get(file), key) : null, message });
  }
}

/** The message for a note Hexo could not read, from its file's text (null: unreadable). */
export function unreadNoteMessage(raw: string | null): { line: number | null; message: string } {
  const where = raw === null ? null : frontMatterErrorLine(raw);
  if (!where) {
    return { line: null, message: 'Hexo could not read this note (its "Process failed" error says why); it is not published until it is fixed' };
  }
  return { line: where.line, message: `the front matter is not valid YAML (${where.message}); this note is not published until it is fixed` };
}

function reportUnread(hexo: Hexo, unread: ReadonlySet<string>): void {
  for (const source of [...unread].sort()) {
    const file = fileOf(hexo, source);
    let raw: string | null = null;
    try {
      raw = fs.readFileSync(path.join(hexo.base_dir, file), 'utf8');
    } catch {
      // Unreadable: Hexo's own error names the reason.
    }
    reportProblem(hexo, { level: 'error', file, ...unreadNoteMessage(raw) });
  }
}

/**
 * The id each note gives, as written: undefined when the front matter has no `id` key.
 * A note Hexo has just (re)read has its front matter's `id` as `id`; once published,
 * `id` is the published one and `front_id` keeps what was written (false: no key).
 */
function writtenId(post: Readonly<PostDoc>): unknown {
  return 'front_id' in post ? (post.front_id === false ? undefined : post.front_id) : post.id;
}

function saveIds(hexo: Hexo, posts: readonly Readonly<PostDoc>[], ids: readonly string[]): Promise<unknown> {
  const Post = hexo.model('Post');
  const changed: PostDoc[] = [];
  posts.forEach((record, i) => {
    // A note published under the id it wrote needs no save: its `id` still says what was written.
    if (record.id === ids[i]) return;
    const post = Post.findById(record._id) as unknown as PostDoc;
    if (!('front_id' in record)) post.front_id = record.id === undefined ? false : record.id;
    post.id = ids[i];
    changed.push(post);
  });
  return Promise.all(changed.map((post) => post.save())).then(() => {
    if (changed.length) hexo.locals.invalidate();
  });
}

/** The notes the site publishes (drafts when they are rendered). */
function publishedPosts(hexo: Hexo): readonly Readonly<PostDoc>[] {
  const records = storedRecords(hexo, 'Post');
  return records.filter((p) => p.published !== false || hexo.config.render_drafts) as unknown as readonly Readonly<PostDoc>[];
}

/** Every note's published id, decided and saved before the notes render; its problems reported. */
export function assignNoteIds(hexo: Hexo): Promise<unknown> {
  const posts = publishedPosts(hexo);
  const notes = posts.map((post) => ({ source: post.source, file: fileOf(hexo, post.source), id: writtenId(post) }));
  const { ids, problems } = resolveIds(notes, siteReservedIds(hexo));
  report(hexo, problems, posts);
  return saveIds(hexo, posts, ids);
}

export function checkNotes(hexo: Hexo, unread: ReadonlySet<string>): void {
  // Pages (`hexo new page`) honour the same flags, so a bad value warns the same way;
  // ids are for notes only (assignNoteIds): a page's URL is its path.
  const pages = storedRecords(hexo, 'Page') as unknown as readonly Readonly<PostDoc>[];
  const docs = [...publishedPosts(hexo), ...pages];
  const problems = docs.flatMap((doc) => checkFlags(fileOf(hexo, doc.source), doc));
  reportUnread(hexo, unread);
  report(hexo, problems, docs);
}
