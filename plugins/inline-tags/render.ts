// The inline tags of the popular Hexo themes, as this theme draws them, so that
// notes written for NexT, Butterfly or Fluid keep their labels, buttons and keys:
//   {% label info@文字 %} (NexT), {% label primary @文字 %} (Fluid), {% label 文字 blue %} (Butterfly)
//   {% button url, 文字 %} (NexT), {% btn url,文字,icon,颜色 %} (Butterfly), {% btn url, 文字, 提示 %} (Fluid)
//   {% kbd Ctrl %} (Butterfly)
//   {% cb 文字, checked?, inline? %} / {% checkbox … %} (Fluid)
//   {% hideInline 内容,按钮文字,背景色,文字色 %} (Butterfly)
//   {% u 文本 %} {% emp %} {% wavy %} {% del %} {% psw %} {% mark 文本 color:red %} {% sup %} {% sub %} (Volantis, Stellar)
//   {% span 样式, 文本 %} {% p 样式, 文本 %} (Volantis)
// Text is written as text; the address goes through safe-html and the link check like any link. Pure.
import { NOTE_KINDS } from '../callouts/theme-tags';
import { escapeHtml } from '../shared/html';

/** `{% label %}`: a coloured label (`mark.note-label`, the kind as a callout's). */
export function labelHtml(args: readonly string[]): string {
  const text = args.join(' ');
  const at = text.indexOf('@');
  let kind: string | undefined;
  let label: string;
  if (at >= 0) {
    // NexT and Fluid: the class, then @ and the text.
    kind = NOTE_KINDS[text.slice(0, at).trim().toLowerCase()];
    label = text.slice(at + 1).trim();
  } else {
    // Butterfly: the text, then a colour.
    const last = (args[args.length - 1] ?? '').toLowerCase();
    kind = args.length > 1 ? NOTE_KINDS[last] : undefined;
    label = (kind ? args.slice(0, -1) : args).join(' ').trim();
  }
  return `<mark class="note-label" data-kind="${kind ?? 'note'}">${escapeHtml(label)}</mark>`;
}

/** `{% button %}` / `{% btn %}`: a link drawn as a button; without text the address is the text. */
export function buttonHtml(args: readonly string[]): string {
  const [url = '', text = ''] = args.join(' ').split(',').map((part) => part.trim());
  if (!url) return escapeHtml(text);
  return `<a class="note-button" href="${escapeHtml(url)}">${escapeHtml(text || url)}</a>`;
}

/** `{% kbd %}`: a key. */
export function kbdHtml(args: readonly string[]): string {
  return `<kbd>${escapeHtml(args.join(' '))}</kbd>`;
}

/**
 * `{% cb 文字, true %}` (Fluid): a ticked or empty box that cannot be changed, as
 * a task list's; its text is its label. Fluid's third argument (keep the text
 * after it on the same line) needs nothing: the box is always inline here.
 */
export function checkboxHtml(args: readonly string[]): string {
  const [text = '', checked = ''] = args.join(' ').split(',').map((part) => part.trim());
  const ticked = /^(true|checked)$/i.test(checked) ? ' checked' : '';
  return `<label class="note-checkbox"><input type="checkbox" disabled${ticked}> ${escapeHtml(text)}</label>`;
}

/** A CSS length as Butterfly's `inlineImg` takes it (`150px`, `2em`, `80`): anything else is dropped. */
const LENGTH = /^(\d+(?:\.\d+)?)(px|em|rem|%)?$/;

/**
 * `{% inlineImg 地址 [高度] %}` (Butterfly): a small image within the line, such
 * as an emoji picture. It goes through the image steps like any raw `<img>`.
 */
export function inlineImageHtml(args: readonly string[]): string {
  const [src = '', height = ''] = args;
  if (!src) return '';
  const length = LENGTH.exec(height);
  // width:auto: the width="…" the image steps add would otherwise keep its natural width at this height.
  const style = length ? ` style="height:${length[1]}${length[2] ?? 'px'};width:auto"` : '';
  return `<img class="note-inline-img" src="${escapeHtml(src)}" alt=""${style}>`;
}

/**
 * `{% hideInline 内容,按钮文字,… %}` (Butterfly): text within the line behind a
 * button (browser/hide-inline.ts shows it; without scripts, and on paper, it is
 * shown). The colours are the theme's. `defaultLabel`: the button's text when
 * none is given.
 */
export function hideInlineHtml(args: readonly string[], defaultLabel: string): string {
  const [content = '', label = ''] = args.join(' ').split(',').map((part) => part.trim());
  if (!content) return '';
  return (
    `<span class="note-hide-inline"><button type="button" class="note-hide-inline-button" aria-expanded="false">${escapeHtml(label || defaultLabel)}</button>` +
    `<span class="note-hide-inline-content" tabindex="-1">${escapeHtml(content)}</span></span>`
  );
}

/** The text tags of Volantis and Stellar: the element each one draws (its class, if any). */
const TEXT_TAGS: Readonly<Record<string, { element: string; className?: string }>> = {
  u: { element: 'u' },
  emp: { element: 'span', className: 'note-emp' },
  wavy: { element: 'span', className: 'note-wavy' },
  del: { element: 'del' },
  psw: { element: 'span', className: 'note-psw' },
  mark: { element: 'mark' },
  sup: { element: 'sup' },
  sub: { element: 'sub' },
};

export const TEXT_TAG_NAMES = Object.keys(TEXT_TAGS);

/**
 * `{% u 文本 %}` and the other text tags: the text in its element. Stellar's
 * `color:red` options are dropped (the theme's colours); `{% psw %}`, a
 * spoiler, is focusable so that the keyboard can reveal it too.
 */
export function textTagHtml(name: string, args: readonly string[]): string {
  const tag = TEXT_TAGS[name];
  const text = args.filter((word) => !/^color:\S*$/i.test(word)).join(' ');
  if (!tag || !text) return escapeHtml(text);
  const attributes = `${tag.className ? ` class="${tag.className}"` : ''}${name === 'psw' ? ' tabindex="0"' : ''}`;
  return `<${tag.element}${attributes}>${escapeHtml(text)}</${tag.element}>`;
}

/** Volantis' colour words as the theme's colours, which keep their contrast in both schemes (style.css). */
const TEXT_COLOURS: Readonly<Record<string, string>> = {
  red: 'var(--hl-attr)',
  yellow: 'var(--hl-number)',
  green: 'var(--hl-string)',
  cyan: 'var(--accent)',
  blue: 'var(--hl-title)',
  gray: 'var(--fg-soft)',
};
const TEXT_SIZES: Readonly<Record<string, string>> = { small: 'smaller', large: 'larger', huge: 'x-large', ultra: 'xx-large', h1: '2em', h2: '1.5em', h3: '1.17em', h4: '1em' };
const TEXT_ALIGNS = new Set(['left', 'center', 'right']);

/**
 * `{% span 样式, 文本 %}` and `{% p 样式, 文本 %}` (Volantis): the text, in a span
 * or a paragraph of its own, with the colour, size and alignment its style words
 * name (`red`, `large`, `center`; `logo` and other words are the theme's own and dropped).
 */
export function styledTextHtml(element: 'span' | 'p', args: readonly string[]): string {
  const text = args.join(' ');
  const comma = text.indexOf(',');
  const words = comma >= 0 ? text.slice(0, comma).trim().toLowerCase().split(/\s+/) : [];
  const body = (comma >= 0 ? text.slice(comma + 1) : text).trim();
  if (!body) return '';
  const declarations: string[] = [];
  for (const word of words) {
    const colour = TEXT_COLOURS[word];
    const size = TEXT_SIZES[word];
    if (colour) declarations.push(`color: ${colour}`);
    else if (size) declarations.push(`font-size: ${size}`);
    else if (element === 'p' && TEXT_ALIGNS.has(word)) declarations.push(`text-align: ${word}`);
  }
  const style = declarations.length > 0 ? ` style="${declarations.join('; ')}"` : '';
  return `<${element}${style}>${escapeHtml(body)}</${element}>`;
}
