import fs from 'node:fs';
import path from 'node:path';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { reportProblem } from '../shared/problems';
import { countWords, readingMinutes, totalWords } from './counter';
import { checkFlags, flagOn, frontMatterErrorLine, frontMatterKeyLine, resolveIds, type Problem } from './front-matter';
import { assignHeadingIds, tocEntries, type TocEntry } from './headings';
import { proseText } from './prose';
import { buildToc, renderToc, tocDepth } from './toc';
import { BEFORE_GENERATE, BEFORE_POST_RENDER, WRITE } from '../pipeline';
import { SERIES_DIR } from '../series/series';

/** A post document as this feature reads and updates it. */
interface PostDoc extends PostData {
  _id: string;
  id?: unknown;
  /** The front matter's `id` as written (false: no `id` key), recorded at render time. */
  front_id?: unknown;
  published?: boolean;
  word_count?: unknown;
  save(): Promise<unknown>;
}

interface ThemeLocals {
  theme?: { word_count?: { enable?: unknown }; toc?: { enable?: unknown; min_depth?: unknown; max_depth?: unknown } };
}

function isNote(post: PostData): boolean {
  return /^_(posts|drafts)\//.test(post.source);
}

/** Logs each problem and reports it for the live reload, with the line of the key it is about. */
function report(hexo: Hexo, problems: readonly Problem[], posts: readonly Readonly<PostDoc>[]): void {
  if (!problems.length) return;
  const raw = new Map(posts.map((post) => [fileOf(hexo, post.source), post.raw]));
  for (const { level, file, key, message } of problems) {
    reportProblem(hexo, { level, file, line: key ? frontMatterKeyLine(raw.get(file), key) : null, message });
  }
}

/** Hexo's Post model rejects `id:` (null) and drops the note; keep it as '' so we can report it. */
function acceptEmptyIds(hexo: Hexo): void {
  const Base = hexo.database.SchemaType;
  class EmptyIsString extends Base<unknown> {
    override cast(value: unknown, data: unknown): unknown {
      return value === null ? '' : super.cast(value, data);
    }
  }
  hexo.model('Post').schema.path('id', new EmptyIsString('id'));
}

interface SourceFile {
  path: string;
  type: string;
  params: { renderable?: boolean };
}

/**
 * The notes Hexo could not read (`_posts/a.md`…), as of the last time each was
 * processed: Hexo logs "Process failed" and goes on without them. Hexo also
 * keeps such a note's previous version published (in db.json too) and, under
 * `hexo server`, does not regenerate; so the stale version is dropped and the
 * regeneration asked for, and checkNotes reports the note at every build until
 * it is fixed. A note that fails is processed again at every load (it has no
 * post to skip to), so this set is complete in `hexo generate` as well.
 */
function trackUnreadNotes(hexo: Hexo): ReadonlySet<string> {
  const unread = new Set<string>();
  // Found by what it matches: Hexo neither exports nor names its processors.
  const processors = hexo.extend.processor.list() as unknown as { pattern: { match(path: string): unknown }; process: (file: SourceFile) => unknown }[];
  const entry = processors.find((p) => {
    const params = p.pattern.match('_posts/note.md');
    return typeof params === 'object' && params !== null && 'published' in params;
  });
  if (!entry) throw new Error("flags: Hexo's post processor was not found (Hexo changed?)");
  const original = entry.process;
  entry.process = function processNote(this: unknown, file: SourceFile): Promise<unknown> {
    return Promise.resolve(original.call(this, file)).then(
      (result) => {
        unread.delete(file.path);
        return result;
      },
      async (error: unknown) => {
        // Assets (post_asset_folder) go through the same processor; only notes count.
        if (file.type !== 'delete' && file.params.renderable) {
          unread.add(file.path);
          const stale = hexo.model('Post').findOne({ source: file.path }) as { remove(): PromiseLike<unknown> } | undefined;
          if (stale) await stale.remove();
          // Hexo's watcher regenerates on processAfter, which a failed file does not emit.
          hexo.source.emit('processAfter', { type: file.type, path: file.path });
        }
        throw error;
      },
    );
  };
  return unread;
}

function fileOf(hexo: Hexo, source: string): string {
  return `${hexo.config.source_dir}/${source}`;
}

/** Folders Hexo's own listings are written to; a note published there would overwrite them. */
function siteFolders(hexo: Hexo): Map<string, string> {
  const folders = new Map<string, string>();
  const config = hexo.config as unknown as Record<string, unknown>;
  for (const key of ['tag_dir', 'archive_dir', 'category_dir']) {
    const dir = config[key];
    if (typeof dir === 'string' && dir) folders.set(dir.replace(/^\/+|\/+$/g, ''), `the site's own pages (${key} in _config.yml)`);
  }
  folders.set(SERIES_DIR, "the site's series pages (/series/)");
  return folders;
}

function checkNotes(hexo: Hexo, unread: ReadonlySet<string>): Promise<unknown> {
  const Post = hexo.model('Post');
  const records = storedRecords(hexo, 'Post');
  const posts = records.filter((p) => p.published !== false || hexo.config.render_drafts) as unknown as readonly Readonly<PostDoc>[];
  const problems: Problem[] = [];
  for (const post of posts) problems.push(...checkFlags(fileOf(hexo, post.source), post));
  // Pages (`hexo new page`) honour the same flags, so a bad value warns the same way;
  // ids are for notes only: a page's URL is its path.
  const pages = storedRecords(hexo, 'Page') as unknown as readonly Readonly<PostDoc>[];
  for (const page of pages) problems.push(...checkFlags(fileOf(hexo, page.source), page));

  const { ids, problems: idProblems } = resolveIds(
    posts.map((post) => ({
      source: post.source,
      file: fileOf(hexo, post.source),
      id: 'front_id' in post ? (post.front_id === false ? undefined : post.front_id) : post.id,
    })),
    siteFolders(hexo),
  );
  problems.push(...idProblems);

  for (const source of [...unread].sort()) {
    const file = fileOf(hexo, source);
    let where: { line: number; message: string } | null = null;
    try {
      where = frontMatterErrorLine(fs.readFileSync(path.join(hexo.base_dir, file), 'utf8'));
    } catch {
      // Unreadable: Hexo's own error names the reason.
    }
    reportProblem(hexo, {
      level: 'error',
      file,
      line: where?.line ?? null,
      message: where
        ? `the front matter is not valid YAML (${where.message}); this note is not published until it is fixed`
        : 'Hexo could not read this note (its "Process failed" error says why); it is not published until it is fixed',
    });
  }
  report(hexo, problems, [...posts, ...pages]);

  const changed: PostDoc[] = [];
  posts.forEach((record, i) => {
    if (record.id === ids[i]) return;
    const post = Post.findById(record._id) as unknown as PostDoc;
    post.id = ids[i];
    changed.push(post);
  });
  return Promise.all(changed.map((post) => post.save())).then(() => {
    if (changed.length) hexo.locals.invalidate();
  });
}

export default function register(hexo: Hexo): void {
  acceptEmptyIds(hexo);
  const unread = trackUnreadNotes(hexo);

  // Runs only when a note is (re)read, so what the author wrote is kept apart
  // from the id this feature publishes it under.
  hexo.extend.filter.register(
    'before_post_render',
    (post: PostDoc) => {
      if (isNote(post)) post.front_id = post.id === undefined ? false : post.id;
      return post;
    },
    BEFORE_POST_RENDER.FRONT_ID,
  );

  registerPostTransform(hexo, { name: 'heading-ids', phase: 'write', order: WRITE.HEADING_IDS, run: ($) => assignHeadingIds($) });
  registerPostTransform(hexo, {
    name: 'toc',
    phase: 'read',
    run: ($, post) => {
      post.toc = tocEntries($);
    },
  });
  registerPostTransform(hexo, {
    name: 'word-count',
    phase: 'read',
    run: ($, post) => {
      const count = countWords(proseText($));
      post.word_count = totalWords(count);
      post.reading_minutes = readingMinutes(count);
    },
  });

  let siteTotal: number | null = null;
  hexo.extend.filter.register(
    'before_generate',
    () => {
      siteTotal = null;
      return checkNotes(hexo, unread);
    },
    BEFORE_GENERATE.NOTE_CHECKS,
  );

  // One formatter per build: making one is far slower than formatting, and pages ask on every render.
  let formatter: { tag: string; format: (n: number) => string } | null = null;
  const numberFormat = (n: number): string => {
    const lang = hexo.config.language as unknown;
    const first: unknown = Array.isArray(lang) ? lang[0] : lang;
    const tag = typeof first === 'string' && first !== 'default' ? first : 'en';
    if (formatter?.tag !== tag) {
      let format: (n: number) => string;
      try {
        const intl = new Intl.NumberFormat(tag);
        format = (value) => intl.format(value);
      } catch {
        format = String;
      }
      formatter = { tag, format };
    }
    return formatter.format(n);
  };
  const wordCountOn = (locals: ThemeLocals): boolean => locals.theme?.word_count?.enable !== false;

  hexo.extend.helper.register('note_stats', function (page: PostData) {
    const locals = this as unknown as ThemeLocals;
    if (!wordCountOn(locals) || flagOn(page.no_word_count) || typeof page.word_count !== 'number') return null;
    const minutes = typeof page.reading_minutes === 'number' ? page.reading_minutes : 1;
    return { words: page.word_count, minutes, words_text: numberFormat(page.word_count) };
  });

  // Notes only: the total stands beside the note count ("共 12 篇笔记 · 总字数 …") and
  // measures the knowledge base; pages (about, colophon) are about the site, and
  // adding them would make the figure disagree with the notes it sits next to.
  hexo.extend.helper.register('site_word_total', function () {
    const locals = this as unknown as ThemeLocals;
    if (!wordCountOn(locals)) return null;
    if (siteTotal === null) {
      siteTotal = 0;
      const posts = hexo.locals.get('posts') as { toArray(): PostDoc[] };
      for (const post of posts.toArray()) {
        if (typeof post.word_count === 'number') siteTotal += post.word_count;
      }
    }
    return { words: siteTotal, words_text: numberFormat(siteTotal) };
  });

  hexo.extend.helper.register('note_toc', function (page: PostData) {
    const locals = this as unknown as ThemeLocals;
    const settings = locals.theme?.toc;
    if (settings?.enable === false || flagOn(page.no_toc) || !Array.isArray(page.toc)) return '';
    const tree = buildToc(page.toc as TocEntry[], tocDepth(settings));
    return renderToc(tree, { title: uiString(hexo, 'toc') });
  });
}
