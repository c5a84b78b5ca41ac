import fs from 'node:fs';
import path from 'node:path';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { countWords, readingMinutes, totalWords } from './counter';
import { checkFlags, flagOn, frontMatterErrorLine, resolveIds, type Problem } from './front-matter';
import { assignHeadingIds, tocEntries, type TocEntry } from './headings';
import { proseText } from './prose';
import { buildToc, renderToc, tocDepth } from './toc';

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

function log(hexo: Hexo, problems: readonly Problem[]): void {
  for (const p of problems) hexo.log[p.level](`${p.file}: ${p.message}`);
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

function fileOf(hexo: Hexo, source: string): string {
  return `${hexo.config.source_dir}/${source}`;
}

/**
 * Files Hexo would have read as notes but has no post for: their front matter
 * failed to parse. Hexo's own rules: temporary files (~, %) and names starting
 * with _ or . inside _posts are not notes.
 */
function unreadNotes(hexo: Hexo, sources: ReadonlySet<string>): string[] {
  const sourceDir = `${hexo.config.source_dir}/`;
  const postsDir = `${sourceDir}_posts/`;
  return storedRecords(hexo, 'Cache')
    .map((entry) => entry._id)
    .filter((id) => {
      if (!id.startsWith(postsDir) || /[~%]$/.test(id) || /(^|\/)[_.]/.test(id.slice(postsDir.length))) return false;
      return hexo.render.isRenderable(id) && !sources.has(id.slice(sourceDir.length));
    })
    .sort();
}

/** Folders Hexo's own listings are written to; a note published there would overwrite them. */
function siteFolders(hexo: Hexo): Map<string, string> {
  const folders = new Map<string, string>();
  const config = hexo.config as unknown as Record<string, unknown>;
  for (const key of ['tag_dir', 'archive_dir', 'category_dir']) {
    const dir = config[key];
    if (typeof dir === 'string' && dir) folders.set(dir.replace(/^\/+|\/+$/g, ''), `the site's own pages (${key} in _config.yml)`);
  }
  return folders;
}

function checkNotes(hexo: Hexo): Promise<unknown> {
  const Post = hexo.model('Post');
  const records = storedRecords(hexo, 'Post');
  const posts = records.filter((p) => p.published !== false || hexo.config.render_drafts) as unknown as readonly Readonly<PostDoc>[];
  const problems: Problem[] = [];
  for (const post of posts) problems.push(...checkFlags(fileOf(hexo, post.source), post));
  // Pages (`hexo new page`) honour the same flags, so a bad value warns the same way;
  // ids are for notes only: a page's URL is its path.
  for (const page of storedRecords(hexo, 'Page')) problems.push(...checkFlags(fileOf(hexo, page.source as string), page));

  const { ids, problems: idProblems } = resolveIds(
    posts.map((post) => ({
      source: post.source,
      file: fileOf(hexo, post.source),
      id: 'front_id' in post ? (post.front_id === false ? undefined : post.front_id) : post.id,
    })),
    siteFolders(hexo),
  );
  problems.push(...idProblems);

  const sources = new Set(records.map((p) => p.source as string));
  for (const file of unreadNotes(hexo, sources)) {
    let where: { line: number; message: string } | null = null;
    try {
      where = frontMatterErrorLine(fs.readFileSync(path.join(hexo.base_dir, file), 'utf8'));
    } catch {
      // Unreadable: Hexo has logged its own error for this file.
    }
    // Without a YAML error this file was left out for another reason, which
    // Hexo's own "Process failed" error explains.
    if (!where) continue;
    problems.push({
      level: 'error',
      file: `${file}:${where.line}`,
      message: `the front matter is not valid YAML (${where.message}); this note is not published until it is fixed`,
    });
  }
  log(hexo, problems);

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

  // Runs only when a note is (re)read, so what the author wrote is kept apart
  // from the id this feature publishes it under.
  hexo.extend.filter.register(
    'before_post_render',
    (post: PostDoc) => {
      if (isNote(post)) post.front_id = post.id === undefined ? false : post.id;
      return post;
    },
    1,
  );

  registerPostTransform(hexo, { name: 'heading-ids', priority: 45, run: ($) => assignHeadingIds($) });
  registerPostTransform(hexo, {
    name: 'toc',
    priority: 60,
    run: ($, post) => {
      post.toc = tocEntries($);
    },
  });
  registerPostTransform(hexo, {
    name: 'word-count',
    priority: 60,
    run: ($, post) => {
      const count = countWords(proseText($));
      post.word_count = totalWords(count);
      post.reading_minutes = readingMinutes(count);
    },
  });

  let siteTotal: number | null = null;
  // After render_post (priority 10): every note has its counts, front matter and id.
  hexo.extend.filter.register(
    'before_generate',
    () => {
      siteTotal = null;
      return checkNotes(hexo);
    },
    20,
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
