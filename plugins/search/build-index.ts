// Turns hexo-generator-search's JSON (title, url, tags per note, notes with
// `indexing: false` already left out) into our index: its raw Markdown
// `content` is replaced by the note's rendered text split by section.
import type { IndexSection } from './extract';
import type { GatherInput } from './postings';

/** One note in the served index. */
export interface IndexNote {
  title: string;
  url: string;
  tags: string[];
  /** ISO 8601; newer notes rank first among equals. */
  date: string;
  sections: IndexSection[];
}

/** What the index needs from a post; `search_sections` is stored on it by the post-dom reader. */
export interface IndexedPost {
  title?: unknown;
  date?: { toISOString(): string } | null;
  search_sections?: unknown;
}

export interface IndexBuild {
  notes: IndexNote[];
  /** Entries of hexo-generator-search's output whose note has no extracted text. */
  missing: string[];
}

/** The title as the index reads it from hexo-generator-search's entry. */
function titleOf(title: unknown): string {
  return typeof title === 'string' || typeof title === 'number' ? String(title) : '';
}

/**
 * A note's text as the index will read it, from the note being rendered: its
 * title and tag names as hexo-generator-search writes them. The names are read
 * from `tag_order` (the front matter's, saved by stable-order) when it is there:
 * Hexo's `tags` getter scans every note's tags, once per note a thousand times.
 * Should they differ from the build's (tags merged by case), the build gathers
 * that note again.
 */
export function renderedText(post: { title?: unknown; tags?: unknown; tag_order?: unknown }, sections: IndexSection[]): GatherInput {
  return { title: post.title ? titleOf(post.title) : '', tags: tagNamesOf(post), sections };
}

function tagNamesOf(post: { tags?: unknown; tag_order?: unknown }): string[] {
  if (Array.isArray(post.tag_order) && post.tag_order.every((name) => typeof name === 'string')) return post.tag_order;
  const tags = post.tags as { toArray?: () => unknown[] } | unknown[] | undefined;
  const list = Array.isArray(tags) ? tags : typeof tags?.toArray === 'function' ? tags.toArray() : [];
  return list.map((tag) => String((tag as { name?: unknown }).name));
}

/**
 * The text of every stored note the index will read (db.json's, before the
 * sources are read): a note edited since is gathered again when it renders.
 */
export function storedTexts(records: readonly Readonly<Record<string, unknown>>[]): GatherInput[] {
  const texts: GatherInput[] = [];
  for (const record of records) {
    const sections = record.search_sections;
    if (record.indexing !== false && Boolean(record.published ?? true) && isSections(sections)) texts.push(renderedText(record, sections));
  }
  return texts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSections(value: unknown): value is IndexSection[] {
  return Array.isArray(value) && value.every((s) => Array.isArray(s) && s.every((part) => typeof part === 'string'));
}

/**
 * @param generated hexo-generator-search's output (a JSON array)
 * @param postByUrl the post behind each entry's `url`
 */
export function buildSearchIndex(generated: unknown, postByUrl: (url: string) => IndexedPost | undefined): IndexBuild {
  if (!Array.isArray(generated)) throw new Error('hexo-generator-search did not produce a JSON array');
  const notes: IndexNote[] = [];
  const missing: string[] = [];
  for (const entry of generated) {
    if (!isRecord(entry) || typeof entry.url !== 'string') continue;
    const post = postByUrl(entry.url);
    const sections = post?.search_sections;
    if (!isSections(sections)) missing.push(entry.url);
    notes.push({
      title: titleOf(entry.title),
      url: entry.url,
      tags: Array.isArray(entry.tags) ? entry.tags.map(String) : [],
      date: post?.date ? post.date.toISOString() : '',
      sections: isSections(sections) ? sections : [],
    });
  }
  return { notes, missing };
}
