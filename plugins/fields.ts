// Every field the plugins store on a post or page document, in one place. Hexo
// saves a document's fields with it in db.json, so a note that is not rendered
// again (a cached build, `hexo server` after another note changed) still has
// them. Each says who writes it and who reads it; PostData (plugins/hexo) has
// them all, so no feature declares its own.
import type { CodeFile } from './code/files/process';
import type { TocEntry } from './headings/ids';
import type { IndexSection } from './search/extract';

export interface PostFields {
  /** Text by section. Written by search (post-dom reader); read by the search.json generator (search/build-index.ts). */
  search_sections?: IndexSection[];
  /** The page holds a formula. Written by math (post-dom reader, shared/site.ts); read by head.ejs and the KaTeX assets generator. */
  has_math?: boolean;
  /** The page holds a diagram. Written by mermaid (post-dom reader, shared/site.ts); read by head.ejs and the mermaid library generator. */
  has_mermaid?: boolean;
  /** The page holds a gallery, timeline or centre quote. Written by callouts (post-dom reader); read by head.ejs (css/blocks.css). */
  has_theme_blocks?: boolean;
  /** The URLs of the note's link cards. Written by link-cards (post-dom writer); read by `hexo linkcards`. */
  link_card_urls?: string[];
  /** What the note's cards were built from. Written by link-cards (post-dom writer); read by link-cards/stale.ts before a generation. */
  link_cards_sig?: string;
  /** The saved content is a fallback. Written by note-render and shared/problems.ts; read by note-render, which renders the note again next build. */
  render_failed?: boolean;
  /** Words in the note. Written by word-count (post-dom reader); read by the note_stats helper and the site total. */
  word_count?: number;
  /** Minutes to read the note. Written with word_count; read by the note_stats helper. */
  reading_minutes?: number;
  /** The note's headings. Written by headings (post-dom reader); read by the note_toc helper. */
  toc?: readonly TocEntry[];
  /** The one-line excerpt. Written by excerpt (post-dom reader); read by the note_excerpt helper. */
  summary_line?: string;
  /** Files published beside the note. Written by plugins/code files/ (before_post_render); read by its code-files generator. */
  code_files?: CodeFile[];
  /** The front matter's `id` as written (false: no `id` key). Written by front-matter (before_post_render); read by its note checks before a generation. */
  front_id?: unknown;
  /** The note's tags in front-matter order. Written by stable-order when Hexo sets the tags; read by its `tags` getter, by tags-case and by the search index warming its postings. */
  tag_order?: string[];
  /** The tags as written, once tags-case merged some (null: none merged). Written and read by tags-case. */
  tags_written?: string[] | null;
}

/** The fields a post-dom reader sets to say a page needs a vendor library (shared/site.ts). */
export type VendorFlag = 'has_math' | 'has_mermaid';
