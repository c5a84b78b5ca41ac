// `:::` containers in a note's Markdown: `::: tip 标题` … `:::` (note, tip, info,
// important, warning, danger, caution), `::: details 标题` and `::: code-group`.
// Each marker line is replaced, on the same line, by an HTML comment followed by
// the opening or closing tag: a comment is an HTML block that ends with its
// line (CommonMark type 2), so the Markdown between the markers stays Markdown
// (lists, code, math, file blocks, nested callouts) and every line keeps its
// number for the features after this one. Fences are found with the shared
// scanner: a `:::` inside a code block stays code. A marker inside a list item
// is indented to the item's text (up to three spaces more), as CommonMark
// places any block there; four spaces beyond that it is indented code. Inside
// a quote (`> ::: tip`) the marker is read after the `>`s and closes only at
// the same depth, and the tags keep the quote's prefix. The callout tags of
// other Hexo themes (`{% note info %}` … `{% endnote %}`, theme-tags.ts) are
// markers too, each closed only by its own end tag; their gallery tags open a
// `div.note-gallery` around the images, NexT's centre quote a
// `blockquote.note-centerquote`. Pure.
import { findFences, splitLines, type Fence } from '../shared/fences';
import { escapeHtml } from '../shared/html';
import { parseInfoExtras } from '../code/lines/ranges';
import { CONTAINER_KINDS, calloutClose, calloutOpen, type Translate } from './kinds';
import { isThemeCloser, openerOf, stellarNote, tabMarkerOf, THEME_CLOSERS, themeContainer, themeTagOf } from './theme-tags';

export interface ContainerOptions {
  /** Lines above the Markdown body (front matter). */
  lineOffset: number;
  t: Translate;
  /** Whether a theme's tag (`note`, `fold`, `hideToggle`, `hideBlock`, `tabs`, `gallery`, …) is read as a marker: false when the site has a tag plugin of that name. */
  themeTag?: (name: string) => boolean;
}

/** A warning at a line of the note's file. */
export interface LineWarning {
  line: number;
  message: string;
}

export interface ContainerResult {
  markdown: string;
  warnings: LineWarning[];
}

const OPEN = /^( *):{3,}[ \t]*([A-Za-z][\w-]*)(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSE = /^( *):{3,}[ \t]*$/;
/** A list item's first line: its marker, and the column where its text starts. */
const LIST_ITEM = /^( *)(?:[-*+]|\d{1,9}[.)])( +|$)/;
/** A line's blockquote markers (`> `, `>> `, `> > `), as CommonMark reads them. */
const QUOTE = /^(?: {0,3}>[ \t]?)+/;

/** How many quotes a prefix opens. */
const quoteDepth = (prefix: string): number => prefix.split('>').length - 1;

/**
 * The column of the text of the list item a line indented by `indent` belongs
 * to, looking up from line `i`; null outside a list. An unindented line that
 * starts no item has ended any list above it.
 */
function listColumn(lines: readonly string[], i: number, indent: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const text = lines[j] ?? '';
    if (!text.trim()) continue;
    const item = LIST_ITEM.exec(text);
    if (item) {
      // Five spaces or more after the marker: the text starts one space after it, the rest is indented code.
      const spaces = (item[2] ?? '').length;
      const column = spaces > 4 ? item[0].length - spaces + 1 : item[0].length;
      if (column <= indent) return column;
      continue;
    }
    if (!/^ /.test(text)) return null;
  }
  return null;
}

/** Whether a marker indented by `indent` spaces is a block of its own (not indented code). */
function isBlockIndent(lines: readonly string[], i: number, indent: number): boolean {
  if (indent <= 3) return true;
  const column = listColumn(lines, i, indent);
  return column !== null && indent - column <= 3;
}

interface Open {
  kind: string;
  title: string | null;
  line: number;
  /** The line's quote prefix and indent, kept before the tag. */
  indent: string;
  depth: number;
  /** The marker as written, and what closes it (`:::`, or the theme tag's end tag). */
  written: string;
  closer: string;
  /** `{% tabs %}`: the titles of its panels so far, and the one shown first (1-based). */
  tabs: string[];
  firstTab?: number;
}

/** A marker line, read after its quote prefix. */
type Marker =
  | { close: true; indent: string; closer: string; written: string }
  | { close: false; indent: string; closer: string; written: string; kind: string; title: string | null; firstTab?: number };

function markerOf(text: string, themeTag: (name: string) => boolean): Marker | null {
  if (text.includes(':::')) {
    const close = CLOSE.exec(text);
    if (close) return { close: true, indent: close[1] ?? '', closer: ':::', written: ':::' };
    const open = OPEN.exec(text);
    if (open) return { close: false, indent: open[1] ?? '', closer: ':::', written: `::: ${open[2] ?? ''}`, kind: (open[2] ?? '').toLowerCase(), title: open[3] || null };
  }
  const tag = text.includes('{%') ? themeTagOf(text) : null;
  if (!tag) return null;
  if (isThemeCloser(tag.name)) return themeTag(openerOf(tag.name)) ? { close: true, indent: tag.indent, closer: tag.name, written: tag.written } : null;
  if (!themeTag(tag.name)) return null;
  return { close: false, indent: tag.indent, closer: THEME_CLOSERS[tag.name] ?? '', written: tag.written, ...themeContainer(tag) };
}

/** How to end an open container, for messages. */
const COMMENT_CLOSERS: Readonly<Record<string, string>> = { endtab: '<!-- endtab -->', 'endtimeline-item': '<!-- endtimeline -->' };
const closerText = (closer: string): string => (closer === ':::' ? ':::' : (COMMENT_CLOSERS[closer] ?? `{% ${closer} %}`));

/** Line indexes inside fenced code (the fence lines included). */
function codeLines(markdown: string, fences: readonly Fence[], starts: readonly number[]): Set<number> {
  const inCode = new Set<number>();
  let i = 0;
  for (const fence of fences) {
    while (i < starts.length && (starts[i] ?? 0) < fence.start) i++;
    for (let j = i; j < starts.length && (starts[j] ?? 0) < fence.end; j++) inCode.add(j);
  }
  return inCode;
}

function tabButton(title: string): string {
  const text = escapeHtml(title);
  return `<button type="button" role="tab" class="code-group-tab" data-title="${text}" aria-selected="false" tabindex="-1">${text}</button>`;
}

/** The tab of each fence inside a code group: its `[title]`, else its language. */
function groupTabs(fences: readonly Fence[], from: number, to: number): string {
  return fences
    .filter((f) => f.start > from && f.start < to)
    .map((f) => {
      const lang = /^\S*/.exec(f.info)?.[0] ?? '';
      return tabButton(parseInfoExtras(f.info.slice(lang.length)).title ?? (lang || 'text'));
    })
    .join('');
}

function openTag(open: Open, tabs: string, t: Translate): string {
  if (open.kind === 'code-group' || open.kind === 'tabs') {
    const buttons = open.kind === 'tabs' ? open.tabs.map(tabButton).join('') : tabs;
    // A `{% tabs 名称 %}` group is labelled by its name.
    const label = open.kind === 'tabs' && open.title ? open.title : t('code_group');
    const first = open.firstTab ? ` data-first-tab="${open.firstTab}"` : '';
    return `<!--code-group--><div class="code-group"${first}><div class="code-group-tabs" role="tablist" aria-label="${escapeHtml(label)}">${buttons}</div>`;
  }
  if (open.kind === 'tab') return `<!--tab--><div class="code-group-panel" data-title="${escapeHtml(open.title ?? '')}">`;
  if (open.kind === 'gallery') return '<!--gallery--><div class="note-gallery">';
  if (open.kind === 'centerquote') return '<!--centerquote--><blockquote class="note-centerquote">';
  if (open.kind === 'timeline') return `<!--timeline--><div class="note-timeline">${open.title === null ? '' : `<p class="note-timeline-title">${escapeHtml(open.title)}</p>`}`;
  if (open.kind === 'timeline-item') return `<!--timeline-item--><div class="note-timeline-item">${open.title === null ? '' : `<p class="note-timeline-date">${escapeHtml(open.title)}</p>`}`;
  return `<!--callout-->${calloutOpen(open.kind, open.title === null ? null : escapeHtml(open.title), t)}`;
}

function closeTag(kind: string): string {
  if (kind === 'code-group' || kind === 'tabs') return '<!--/code-group--></div>';
  if (kind === 'tab') return '<!--/tab--></div>';
  if (kind === 'centerquote') return '<!--/centerquote--></blockquote>';
  if (kind === 'timeline' || kind === 'timeline-item') return `<!--/${kind}--></div>`;
  return kind === 'gallery' ? '<!--/gallery--></div>' : `<!--/callout-->${calloutClose(kind)}`;
}

/** The panels a container holds: `{% tabs %}` its tabs, `{% timeline %}` its events. */
const PANELS: Readonly<Record<string, { word: 'tab' | 'timeline'; panel: string; closer: string }>> = {
  tabs: { word: 'tab', panel: 'tab', closer: 'endtab' },
  timeline: { word: 'timeline', panel: 'timeline-item', closer: 'endtimeline-item' },
};

/** The container whose panels a marker may open or close: `top`, or the container of the panel `top` is. */
function panelsOf(top: Open | undefined, outer: Open | undefined): string | null {
  if (!top) return null;
  if (top.kind in PANELS) return top.kind;
  return outer && PANELS[outer.kind]?.panel === top.kind ? outer.kind : null;
}

/** A panel marker of `{% tabs %}` or `{% timeline %}`, read only directly inside one (elsewhere it is a comment). */
function tabMarker(text: string, top: Open | undefined, outer: Open | undefined): Marker | null {
  const container = panelsOf(top, outer);
  const panels = container === null ? undefined : PANELS[container];
  const tab = panels ? tabMarkerOf(text, panels.word) : null;
  if (!panels || !tab || !top) return null;
  if (tab.close) return top.kind === panels.panel ? { close: true, indent: tab.indent, closer: panels.closer, written: tab.written } : null;
  if (top.kind !== container) return null;
  // An untitled tab is named as NexT names it: the group's name and its number.
  const title = panels.word === 'tab' ? (tab.caption ?? `${top.title ?? ''} ${top.tabs.length + 1}`.trim()) : tab.caption;
  return { close: false, indent: tab.indent, closer: panels.closer, written: tab.written, kind: panels.panel, title };
}

/** The kinds a `:::` may open; the theme markers also open `tabs` and timelines with their panels, galleries and centre quotes. */
const COLON_KINDS = new Set([...CONTAINER_KINDS, 'details', 'code-group']);
const THEME_KINDS = new Set([...COLON_KINDS, 'tabs', 'tab', 'gallery', 'centerquote', 'timeline', 'timeline-item']);

/** `{% raw %}` and `{% endraw %}`. */
const RAW_TAG = /\{%-?\s*(end)?raw\s*-?%\}/g;

/** Lines from a `{% raw %}` to its `{% endraw %}`: what the author wants shown as written. */
function rawLines(texts: readonly string[]): Set<number> {
  const raw = new Set<number>();
  let inside = false;
  for (const [i, text] of texts.entries()) {
    const was = inside;
    for (const match of text.matchAll(RAW_TAG)) inside = match[1] === undefined;
    if (was || inside) raw.add(i);
  }
  return raw;
}

export function rewriteContainers(markdown: string, options: ContainerOptions): ContainerResult {
  const warnings: LineWarning[] = [];
  if (!markdown.includes(':::') && !markdown.includes('{%')) return { markdown, warnings };
  const themeTag = options.themeTag ?? ((): boolean => true);
  const lines = splitLines(markdown);
  const fences = findFences(markdown);
  const inCode = codeLines(markdown, fences, lines.map((l) => l.start));
  const warn = (i: number, message: string): void => {
    warnings.push({ line: options.lineOffset + i + 1, message });
  };
  const quotes = lines.map((l) => QUOTE.exec(l.text)?.[0] ?? '');
  // The lines as their quote holds them: list items and indents are read there.
  const texts = lines.map((l, i) => l.text.slice((quotes[i] ?? '').length));
  const raw = markdown.includes('raw') ? rawLines(texts) : new Set<number>();
  const out = lines.map((l) => l.text);
  const stack: Open[] = [];
  for (const [i, line] of lines.entries()) {
    const text = texts[i] ?? '';
    if (inCode.has(i) || raw.has(i) || (!text.includes(':::') && !text.includes('{%') && !text.includes('<!--'))) continue;
    const marker = markerOf(text, themeTag) ?? tabMarker(text, stack[stack.length - 1], stack[stack.length - 2]);
    if (!marker || !isBlockIndent(texts, i, marker.indent.length)) continue;
    const quote = quotes[i] ?? '';
    const depth = quoteDepth(quote);
    if (marker.close) {
      const top = stack[stack.length - 1];
      if (!top || top.depth !== depth || top.closer !== marker.closer) {
        warn(i, closeProblem(marker.written, depth, top, options.lineOffset));
        continue;
      }
      stack.pop();
      const from = lines[top.line]?.start ?? 0;
      out[top.line] = top.indent + openTag(top, groupTabs(fences, from, line.start), options.t);
      out[i] = quote + marker.indent + closeTag(top.kind);
    } else if ((marker.closer === ':::' ? COLON_KINDS : THEME_KINDS).has(marker.kind)) {
      if (marker.kind === 'tab') stack[stack.length - 1]?.tabs.push(marker.title ?? '');
      stack.push({ kind: marker.kind, title: marker.title, line: i, indent: quote + marker.indent, depth, written: marker.written, closer: marker.closer, tabs: [], firstTab: marker.firstTab });
    } else {
      warn(i, `unknown container "${marker.written}" (use note, tip, info, important, warning, danger, caution, details or code-group); shown as text`);
    }
  }
  for (const open of stack) {
    // Closed later within a line, a theme's tag is Nunjucks' to pair (block-tags.ts draws it);
    // so is Stellar's one-tag note, rewritten as such a line.
    if (isThemeCloser(open.closer) && closedInText(out.slice(open.line + 1), open.closer)) continue;
    const oneTag = open.closer === 'endnote' ? stellarNote(themeTagOf(open.written)?.args ?? '') : null;
    if (oneTag) {
      out[open.line] = (out[open.line] ?? '').replace(open.written, oneTag);
      continue;
    }
    warn(open.line, `"${open.written}" is never closed (end it with a line holding only "${closerText(open.closer)}"); shown as text`);
    // Not a tag to Nunjucks either: it would fail the whole note.
    if (isThemeCloser(open.closer)) out[open.line] = (out[open.line] ?? '').replace('{%', '&#123;%');
  }
  const nl = markdown.includes('\r\n') ? '\r\n' : '\n';
  return { markdown: out.join(nl) + (markdown.endsWith('\n') ? nl : ''), warnings };
}

/**
 * Whether rendered HTML holds what css/blocks.css styles: the blocks openTag
 * writes (found by the markers before them), and inline-tags' `{% hideInline %}`,
 * `{% emp %}`, `{% wavy %}` and `{% psw %}`.
 */
export function hasThemeBlocks(html: string): boolean {
  return /<!--(?:gallery|timeline|centerquote)-->|<span class="note-(?:hide-inline|emp|wavy|psw)"/.test(html);
}

/** Whether a line holds the end tag `closer` (`{% endnote %}`) within other text (alone, it was a marker). */
function closedInText(lines: readonly string[], closer: string): boolean {
  const end = new RegExp(`\\{%-?\\s*${closer}\\s*-?%\\}`);
  return lines.some((line) => end.test(line) && !themeTagOf(line.replace(QUOTE, '')));
}

/** Why a closing marker closes nothing: no container open, another quote depth, or another kind of marker. */
function closeProblem(written: string, depth: number, top: Open | undefined, lineOffset: number): string {
  if (!top) return `a "${written}" that closes no container; shown as text`;
  const opened = `"${top.written}" (line ${lineOffset + top.line + 1}`;
  if (top.depth !== depth) return `a "${written}" in a quote of depth ${depth} cannot close ${opened}, depth ${top.depth}); shown as text`;
  return `a "${written}" cannot close ${opened}, which ends with "${closerText(top.closer)}"); shown as text`;
}
