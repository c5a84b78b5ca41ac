// How a note travels through the plugins, and the one place where the order of
// their work is written down. Every Hexo filter priority and every post-dom
// writer order a plugin uses is a named constant here; plugins import them,
// no plugin writes a number of its own.
//
//   Markdown source (source/_posts/*.md, front matter parsed by Hexo)
//     │
//     ▼ before_post_render ── on the Markdown as written
//     │   STRIKE_TOKENS   warn where `<s>` / `</s>` look like tokens, not strikethrough (llm-tokens)
//     │   FOOTNOTES       a [^…] holding a sentence → a footnote of it (definition appended); check [^x] references against definitions
//     │   TAG_LINKS       [文字]({% post_path x %}), ![图]({% asset_path a %}) → <a> / <img> with the tag in the attribute (note-render)
//     │   CALLOUTS        ::: containers (callouts, details, code groups) and other themes' {% note %} → HTML lines, line numbers kept
//     │   CODE_FILES      compose / .env / named file fences → file figures + downloads
//     │   MATH            $…$, $$…$$, hexo-math tags → KaTeX, set aside (post-dom deferred)
//     │   MERMAID         ```mermaid fences → hexo-filter-mermaid-diagrams, escaped
//     │   (Hexo, 10)      backtick code blocks → the `notes` highlighter; fences set aside
//     ▼
//     Hexo's tag render (Nunjucks, tag plugins, inline-tags/) → marked (hexo-renderer-marked),
//     │   with marked-alert (> [!NOTE], > 注：) and marked-footnote, rendered by callouts/ and footnotes/
//     │   marked:use
//     │   LLM_TOKENS      raw tags that are no element (`<think>`, `<eos>`, `<image>`) → text
//     │   EMOJI           `:tada:` shortcodes GitHub knows → 🎉 (emoji)
//     │
//     ▼ after_post_render
//     │   POST_DOM        one parse of the rendered HTML, before Hexo's excerpt (10):
//     │     writers, in WRITE order:  embeds → safe-html → legacy HTML → images → link cards → toc markers ([TOC]) → heading ids
//     │     readers, after every writer: word count, TOC, search sections,
//     │                                 excerpt line, vendor flags (math, mermaid),
//     │                                 links and ids (link-check), first image (sharing);
//     │                                 what is prose to them: post-dom/text-rules.ts
//     │   (Hexo, 10)      excerpt / more cut from the finished note
//     ▼
//     before_generate ── once per generation, over every note
//     │   STALE_CARDS     notes whose link cards changed lose their rendered content
//     │   STALE_IMAGES    notes whose images (store entry, local file) changed lose it too
//     │   NOTE_IDS        every note's id (written, else from its file name; shared, reserved), before any note links to it
//     │   RENDER_NOTES    note-render: renders notes one by one (Hexo's render_post, 10)
//     │   NOTE_CHECKS     front matter flags, notes Hexo could not read: after every note is rendered
//     │   TAGS_CASE       tags that differ only in case: warned, or merged (tags_case: merge)
//     │   KNOWLEDGE_CHECKS `outdated:` flags, the `repository` setting (series orders: by the series generator)
//     │   REMOTE_IMAGES   one warning naming how many remote images have no local copy
//     │   PINNED          `top: true` (hexo-generator-index-pin-top) as `sticky`, which the home page sorts by
//     │   SEARCH_INDEX    hexo generate: the search index starts on its worker thread (search/off-thread.ts)
//     ▼
//     generators (posts, pages, tags, categories, series, archives, search.json,
//     feeds, vendor files, browser bundle, llms.txt, Markdown copies)
//     │
//     ▼ after_generate ── every route is set
//     │   REDIRECTS       redirect pages at old paths, never over a real page
//     │   LINK_CHECK      site links and anchors against every route (redirects included) and ids
//     │   LIVE_RELOAD     hexo server: open pages reload and show this generation's problems
//     │
//     ▼ theme layouts (themes/notes/layout), then after_render:html ── on each finished page
//     │   (Hexo, 10)      generator <meta>, feed and sitemap links: the head has the first two (publishing/), so these copy no page
//     │   CSP             Content-Security-Policy <meta> from the page's final scripts and images
//     ▼
//     public/
//
//   hexo server only, server_middleware: LIVE_RELOAD (the event stream and its
//   script) before hexo-server's own, NOT_FOUND_FALLBACK (the 404 page) after them.
//
// Hexo runs filters of one type from the lowest priority up; its own filters
// use 10, the default. Filters of equal priority run in registration order, so
// no two of ours share a number where their order matters.

/** Hexo's default priority: where its own filters (fences, render_post, excerpt) run. */
export const HEXO_DEFAULT = 10;

/** before_post_render, on the note's Markdown. */
export const BEFORE_POST_RENDER = {
  /** Reads the Markdown as written (lines as in the file), before code files, math or diagrams replace parts of it. */
  STRIKE_TOKENS: 2,
  /** Reads footnote references on the Markdown as written, lines as in the file. */
  FOOTNOTES: 3,
  /** Before Hexo sets tags aside for marked (after every before_post_render filter); lines kept. */
  TAG_LINKS: 4,
  /** Before CODE_FILES: code-group tabs read the fences' titles as written; rewrites keep every line's number. */
  CALLOUTS: 6,
  /** Needs the Markdown as written: the paragraph before a fence, the info string. */
  CODE_FILES: 7,
  /** Formulas rendered and set aside before mermaid, Hexo's highlighter, Nunjucks or marked touch them. */
  MATH: 8,
  /** hexo-filter-mermaid-diagrams' own priority, wrapped by ours; before Hexo's fence filter (10). */
  MERMAID: 9,
} as const;

/**
 * marked:use, run by hexo-renderer-marked before every document it renders, on a
 * reset marked. The extensions read different tokens (raw HTML; `:name:` in
 * text; callouts' and footnotes' own, at the default), so their order does not matter.
 */
export const MARKED_USE = {
  LLM_TOKENS: HEXO_DEFAULT,
  EMOJI: HEXO_DEFAULT,
} as const;

/** after_post_render, on the rendered HTML. */
export const AFTER_POST_RENDER = {
  /** Before Hexo's excerpt filter (10): the excerpt and `more` are cut from the finished note. */
  POST_DOM: 9,
} as const;

/** after_render:html, on each finished page. */
export const AFTER_RENDER = {
  /** Last: the policy hashes the page's final inline scripts, whatever filter added them. */
  CSP: 100,
} as const;

/** before_generate, once per generation. */
export const BEFORE_GENERATE = {
  /** Before render_post (10), which renders notes whose content was cleared. */
  STALE_CARDS: 5,
  /** Before render_post (10), like STALE_CARDS; the two clear content independently, their order does not matter. */
  STALE_IMAGES: 6,
  /** Before render_post: post_link, post_path and asset_img read the addresses; after the STALE_* filters, which change no id. */
  NOTE_IDS: 8,
  /** Replaces Hexo's render_post at its priority. */
  RENDER_NOTES: HEXO_DEFAULT,
  /** After render_post: every note has its counts and front matter. */
  NOTE_CHECKS: 20,
  /** After the id checks (paths are final), before anything reads the notes' tags: merges case variants. */
  TAGS_CASE: 25,
  /** After every change to the notes (ids, merged tags): `outdated` flags, the repository setting. */
  KNOWLEDGE_CHECKS: 30,
  /** After render_post and every change to the notes: each note has saved the remote image URLs it uses. */
  REMOTE_IMAGES: 35,
  /** Before the generators (the home page sorts by `sticky`): `top: true` as `sticky`; reads only front matter. */
  PINNED: 37,
  /** Last: reads the final notes (ids, merged tags) for the search index, built while the generators run. */
  SEARCH_INDEX: 40,
} as const;

/** after_generate, once per generation, after every generator's routes are set. */
export const AFTER_GENERATE = {
  /** Redirect pages go in last, where they can see every real page and never replace one. */
  REDIRECTS: HEXO_DEFAULT,
  /** After the redirects: a link to an old path that redirects is alive. */
  LINK_CHECK: 20,
  /** Last: the problems shown in open pages include those every other after_generate filter found. */
  LIVE_RELOAD: 100,
} as const;

/** server_middleware, under `hexo server` only. */
export const SERVER_MIDDLEWARE = {
  /** Before hexo-server's own middlewares (10): HTML passes through the injection, the stream is never compressed. */
  LIVE_RELOAD: 5,
  /** After hexo-server's own middlewares: only what they did not serve gets the 404 page. */
  NOT_FOUND_FALLBACK: 20,
} as const;

/**
 * post-dom writers change the note's DOM, in this order. Readers have no order:
 * post-dom runs them after every writer, so each sees the final markup.
 */
export const WRITE = {
  /**
   * Players and media from other sites → links, before SAFE_HTML, which would
   * remove the frames; it reads only http(s) addresses (a script URL is left to
   * SAFE_HTML), and SAFE_HTML then cleans what it wrote like any markup.
   */
  EMBEDS: 8,
  /** No transform after it sees a script, a handler or a hostile URL (a script URL never becomes a card). */
  SAFE_HTML: 10,
  /** Obsolete HTML (`<center>`, `<font>`, `<img width="50%">`) made valid; before IMAGES, which reads an image's own width. */
  LEGACY_HTML: 12,
  /**
   * Images get their local copies, sizes, loading and figures from cleaned markup
   * (no script URL in a src); before cards, so a linked image alone in its paragraph
   * is a figure and never a card candidate.
   */
  IMAGES: 15,
  /** Cards are built from cleaned links. */
  LINK_CARDS: 20,
  /** `[TOC]` paragraphs go (the layout shows the TOC); before HEADING_IDS, which it changes nothing for. */
  TOC_MARKER: 25,
  /** Last: ids are unique against every id the writers before it put on the page; the toc reader takes its headings. */
  HEADING_IDS: 30,
} as const;
