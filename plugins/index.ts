// Registers every feature with Hexo. Each feature lives in its own folder whose
// index.ts only registers; the logic sits in pure modules beside it. The order
// below follows a note through the pipeline (plugins/pipeline.ts); the order of
// the work is set by the named priorities there, never by this list.
import type { Hexo } from './hexo';
import breadcrumb from './breadcrumb';
import callouts from './callouts';
import categories from './categories';
import code from './code';
import csp from './csp';
import database from './database';
import editLinks from './edit-links';
import embeds from './embeds';
import emoji from './emoji';
import excerpt from './excerpt';
import footnotes from './footnotes';
import freshness from './freshness';
import generation from './generation';
import frontMatter from './front-matter';
import headings from './headings';
import images from './images';
import inlineTags from './inline-tags';
import legacyHtml from './legacy-html';
import linkCards from './link-cards';
import linkCheck from './link-check';
import liveReload from './live-reload';
import llmTokens from './llm-tokens';
import llms from './llms';
import math from './math';
import mermaid from './mermaid';
import newNote from './new-note';
import noteRender from './note-render';
import pinned from './pinned';
import postDom from './post-dom';
import publishing from './publishing';
import redirects from './redirects';
import related from './related';
import safeHtml from './safe-html';
import search from './search';
import series from './series';
import sharing from './sharing';
import sidebar from './sidebar';
import stableOrder from './stable-order';
import tagsCase from './tags-case';
import themeAssets from './theme-assets';
import wordCount from './word-count';

// The search index's worker thread loads the bundle of this file and runs this (search/off-thread.ts).
export { serveIndexBuilds } from './search/off-thread';

export default function register(hexo: Hexo): void {
  // First: the features below add their transforms to it.
  postDom(hexo);
  // Loading notes: db.json, the notes Hexo could not read, the id as written (before_post_render).
  database(hexo);
  frontMatter(hexo);
  // Model tokens in prose: the `<s>` check (before_post_render), the marked extension (marked:extensions).
  llmTokens(hexo);
  // `:tada:` shortcodes (marked:use).
  emoji(hexo);
  // before_post_render, on the Markdown: footnote checks, ::: containers, file blocks, formulas, diagrams,
  // then Hexo's highlighter (ours, in code/ with the file blocks); callouts and footnotes also extend marked.
  footnotes(hexo);
  callouts(hexo);
  // Tag plugins (Nunjucks, before marked): other themes' labels, buttons and keys.
  inlineTags(hexo);
  code(hexo);
  math(hexo);
  mermaid(hexo);
  // after_post_render, post-dom writers: embeds → safe HTML → legacy HTML → images → link cards → toc markers → heading ids.
  embeds(hexo);
  safeHtml(hexo);
  legacyHtml(hexo);
  images(hexo);
  linkCards(hexo);
  headings(hexo);
  // post-dom readers, after every writer: word count, search sections, the excerpt line,
  // links and ids (checked after generation), the first image (sharing).
  wordCount(hexo);
  search(hexo);
  excerpt(hexo);
  linkCheck(hexo);
  // before_generate: rendering note by note; listings in a stable order.
  noteRender(hexo);
  // before_generate: `top: true` as `sticky` for the home page; the pin badge's helper.
  pinned(hexo);
  stableOrder(hexo);
  // The knowledge base: tag spellings, categories, series, dates, edit links,
  // breadcrumb, related notes, redirects from old URLs (after every route is set).
  tagsCase(hexo);
  categories(hexo);
  series(hexo);
  freshness(hexo);
  editLinks(hexo);
  breadcrumb(hexo);
  related(hexo);
  redirects(hexo);
  // Generators and helpers for the theme.
  sidebar(hexo);
  publishing(hexo);
  sharing(hexo);
  llms(hexo);
  themeAssets(hexo);
  // Commands and the server: `hexo new`, `hexo generate` (a bound on pages in flight), live reload.
  newNote(hexo);
  generation(hexo);
  liveReload(hexo);
  // after_render:html, last: the policy of each finished page.
  csp(hexo);
}
