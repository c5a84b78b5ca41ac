// The callout tags of the popular Hexo themes, read as container markers so that
// notes written for them render here as callouts: `{% note [class] … %}` …
// `{% endnote %}` (NexT, Butterfly, Fluid), `{% fold [type] @标题 %}` …
// `{% endfold %}` (Fluid), `{% hideToggle 标题,… %}` … `{% endhideToggle %}` and
// `{% hideBlock 按钮文字,… %}` … `{% endhideBlock %}` (Butterfly), and `{% tabs 名称 %}` with `<!-- tab 标题 -->` … `<!-- endtab -->`
// panels … `{% endtabs %}` (NexT, Butterfly: the tabs of a code group), and the
// image galleries `{% gallery %}` (Butterfly), `{% grouppicture 3-1 %}` / `{% gp %}`
// (NexT) and `{% gi 5 3-2 %}` (Fluid), NexT's `{% centerquote %}` / `{% cq %}`,
// Butterfly's `{% timeline 标题 %}` with `<!-- timeline 日期 -->` …
// `<!-- endtimeline -->` events, and Volantis' and Stellar's `{% folding 标题 %}`
// (collapsible) and `{% noteblock 类型, 标题 %}` (a callout), each closed by its
// end tag. Only a
// tag alone on its line is a marker (containers.ts turns it into the same
// markup as `::: info` or `::: code-group`; one written on one line is a block
// tag, block-tags.ts); a site with its own tag plugin of that name keeps it
// (the caller asks). Pure.

export interface ThemeTag {
  /** The tag's name as written: `note`, `endnote`, `fold`, … */
  name: string;
  /** The spaces before it. */
  indent: string;
  /** What follows the name, trimmed. */
  args: string;
  /** The tag as written, for messages. */
  written: string;
}

/** Each opening tag and the tag that closes it. */
export const THEME_CLOSERS: Readonly<Record<string, string>> = {
  note: 'endnote',
  fold: 'endfold',
  hideToggle: 'endhideToggle',
  hideBlock: 'endhideBlock',
  tabs: 'endtabs',
  gallery: 'endgallery',
  grouppicture: 'endgrouppicture',
  gp: 'endgp',
  gi: 'endgi',
  centerquote: 'endcenterquote',
  cq: 'endcq',
  timeline: 'endtimeline',
  folding: 'endfolding',
  noteblock: 'endnoteblock',
};

/** The gallery tags: their layout arguments (rows, counts, lazy loading) mean nothing to a grid that fits the column. */
const GALLERY_TAGS = new Set(['gallery', 'grouppicture', 'gp', 'gi']);

const CLOSER_NAMES = new Set(Object.values(THEME_CLOSERS));

/** One tag alone on its line (its arguments hold no `%}`); `{%-` / `-%}` (whitespace control) allowed. */
const TAG_LINE = /^( *)(\{%-?[ \t]*([A-Za-z]+)\b((?:[^%]|%(?!\}))*?)-?%\})[ \t]*$/;

/** The theme tag a line holds, or null. */
export function themeTagOf(text: string): ThemeTag | null {
  const match = TAG_LINE.exec(text);
  const name = match?.[3] ?? '';
  if (!match || !(name in THEME_CLOSERS || CLOSER_NAMES.has(name))) return null;
  return { name, indent: match[1] ?? '', args: (match[4] ?? '').trim(), written: match[2] ?? '' };
}

export function isThemeCloser(name: string): boolean {
  return CLOSER_NAMES.has(name);
}

/** The opening tag an end tag closes: `endnote` → `note`. */
export function openerOf(closer: string): string {
  return closer.slice('end'.length);
}

/**
 * The themes' note classes and colours as our kinds: NexT's and Fluid's
 * Bootstrap classes, Butterfly's colours.
 */
export const NOTE_KINDS: Readonly<Record<string, string>> = {
  default: 'note',
  primary: 'note',
  secondary: 'note',
  light: 'note',
  dark: 'note',
  blue: 'note',
  info: 'info',
  success: 'tip',
  green: 'tip',
  warning: 'warning',
  orange: 'warning',
  danger: 'danger',
  red: 'danger',
  pink: 'important',
  purple: 'important',
};

/** Words that only style a note in its theme: no icon, Butterfly's styles. */
const STYLE_WORDS = new Set(['no-icon', 'simple', 'modern', 'flat', 'disabled']);
/** A Font Awesome class list (`fas fa-fan`, `'fab fa-github'`): Butterfly's icon argument. */
const ICON = /^fa[a-z]?$|^fa-/;

function tokens(args: string): string[] {
  return args.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
}

const unquote = (token: string): string => token.replace(/^(['"])([\s\S]*)\1$/, '$2');

function isIcon(token: string): boolean {
  const words = unquote(token).split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => ICON.test(word));
}

/** What an opening tag makes: the container's kind, its title (null: the kind's name), the tab shown first (1-based). */
export function themeContainer(tag: ThemeTag): { kind: string; title: string | null; firstTab?: number } {
  if (tag.name === 'fold') {
    // `{% fold info @标题 %}`: the title after the @.
    const at = tag.args.indexOf('@');
    return { kind: 'details', title: at < 0 ? null : tag.args.slice(at + 1).trim() || null };
  }
  if (tag.name === 'tabs') {
    // `{% tabs 名称, 2 %}`: the name, and the tab shown first (NexT counts from 1; -1, none, shows the first).
    const first = /,\s*(-?\d+)\s*$/.exec(tag.args);
    const firstTab = first ? Number(first[1]) : 0;
    return { kind: 'tabs', title: tag.args.slice(0, first?.index).trim() || null, ...(firstTab > 1 ? { firstTab } : {}) };
  }
  if (GALLERY_TAGS.has(tag.name)) return { kind: 'gallery', title: null };
  if (tag.name === 'centerquote' || tag.name === 'cq') return { kind: 'centerquote', title: null };
  // `{% timeline 标题,颜色 %}` (Butterfly): the title before the colour.
  if (tag.name === 'timeline') return { kind: 'timeline', title: tag.args.split(',')[0]?.trim() || null };
  if (tag.name === 'folding') return { kind: 'details', title: foldingTitle(tag.args) };
  if (tag.name === 'noteblock') return noteblock(tag.args);
  if (tag.name === 'hideToggle' || tag.name === 'hideBlock') {
    // `{% hideToggle 标题,背景色,文字色 %}`; `{% hideBlock 按钮文字,背景色,文字色 %}` (a button that shows it: a summary here).
    return { kind: 'details', title: tag.args.split(',')[0]?.trim() || null };
  }
  const words = tokens(tag.args);
  const kind = NOTE_KINDS[(words[0] ?? '').toLowerCase()];
  const rest = (kind ? words.slice(1) : words).filter((word) => !STYLE_WORDS.has(word.toLowerCase()) && !isIcon(word));
  const title = rest.map(unquote).join(' ').trim();
  return { kind: kind ?? 'note', title: title || null };
}

/** Stellar's note colours that are not NexT's or Butterfly's words, as those. */
const STELLAR_COLOURS: Readonly<Record<string, string>> = { yellow: 'warning', cyan: 'info', error: 'danger' };

/**
 * Stellar's one-tag note, `{% note [color:颜色] [标题] 内容 %}`, as the one-line
 * block tag block-tags.ts draws (`{% note 颜色 标题 %}内容{% endnote %}`), or
 * null when the tag reads as another theme's opening tag (its first word a kind,
 * a style or an icon): then a missing `{% endnote %}` is the author's to fix.
 * One positional word is the content; with more, the first is the title.
 */
export function stellarNote(args: string): string | null {
  const words = tokens(args);
  const colour = words.find((word) => word.startsWith('color:'))?.slice('color:'.length).toLowerCase() ?? '';
  const positional = words.filter((word) => !word.startsWith('color:'));
  const first = (positional[0] ?? '').toLowerCase();
  if (!first || first in NOTE_KINDS || STYLE_WORDS.has(first) || isIcon(first)) return null;
  const [title, ...content] = positional.length > 1 ? positional : ['', ...positional];
  const kind = STELLAR_COLOURS[colour] ?? (colour in NOTE_KINDS ? colour : '');
  return `{% ${['note', kind, title].filter(Boolean).join(' ')} %}${content.join(' ')}{% endnote %}`;
}

/**
 * `{% folding 标题 %}` (Stellar, Volantis 4+), `{% folding open, 标题 %}` /
 * `{% folding child:codeblock open:true color:yellow, 标题 %}` (Volantis): the
 * title after the options (`key:value`, `open`, a colour).
 */
function foldingTitle(args: string): string | null {
  const comma = args.lastIndexOf(',');
  if (comma >= 0) return args.slice(comma + 1).trim() || null;
  const words = tokens(args).filter((word) => !/^[a-z]+:\S+$/i.test(word));
  return words.map(unquote).join(' ').trim() || null;
}

/** `{% noteblock [类型], [标题] %}` (Volantis): a callout of that kind, titled. */
function noteblock(args: string): { kind: string; title: string | null } {
  const comma = args.indexOf(',');
  const type = (comma >= 0 ? args.slice(0, comma) : args).trim().split(/\s+/)[0] ?? '';
  const kind = NOTE_KINDS[type.toLowerCase()];
  const title = comma >= 0 ? args.slice(comma + 1).trim() : kind ? '' : args.trim();
  return { kind: kind ?? 'note', title: title || null };
}

/**
 * A panel of `{% tabs %}`: `<!-- tab 标题 @icon -->` opens it, `<!-- endtab -->`
 * closes it; an event of Butterfly's `{% timeline %}` is `<!-- timeline 日期 -->`
 * … `<!-- endtimeline -->`.
 */
export type TabMarker = { close: false; indent: string; caption: string | null; written: string } | { close: true; indent: string; written: string };

const PANEL_OPEN = { tab: /^( *)(<!--[ \t]*tab\b(.*?)-->)[ \t]*$/, timeline: /^( *)(<!--[ \t]*timeline\b(.*?)-->)[ \t]*$/ };
const PANEL_CLOSE = { tab: /^( *)(<!--[ \t]*endtab[ \t]*-->)[ \t]*$/, timeline: /^( *)(<!--[ \t]*endtimeline[ \t]*-->)[ \t]*$/ };

export function tabMarkerOf(text: string, word: 'tab' | 'timeline' = 'tab'): TabMarker | null {
  const close = PANEL_CLOSE[word].exec(text);
  if (close) return { close: true, indent: close[1] ?? '', written: close[2] ?? '' };
  const open = PANEL_OPEN[word].exec(text);
  if (!open) return null;
  // The icon after the @ is dropped: NexT's `标题@heart`, Butterfly's `标题 @fab fa-apple`.
  const caption = (open[3] ?? '').split('@')[0]?.trim() ?? '';
  return { close: false, indent: open[1] ?? '', caption: caption || null, written: open[2] ?? '' };
}
