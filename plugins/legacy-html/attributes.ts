// The presentational attributes HTML5 made obsolete, as the CSS they stood for
// (HTML's rendering section maps each one so): `align`, `valign`, `bgcolor`,
// `width` / `height` / `nowrap` on table parts, `<img border hspace vspace>`,
// `<hr size noshade>`, `<br clear>`, `<ul type>`, and `<a name>` as an id.
// A table's `border`, `cellpadding` and `cellspacing` go: the theme draws every
// table the same. A value that is no CSS value is dropped with its attribute. Pure.
import type { Element } from 'domhandler';

/** Whether the note's HTML may hold any of them (a cheap look before the walk). */
export function mayHoldLegacyAttributes(html: string): boolean {
  return /<[a-z][\w-]*[^>]*?\s(?:align|valign|bgcolor|cellpadding|cellspacing|hspace|vspace|clear)\s*=|<t[dh]\b[^>]*?\snowrap\b|<hr\b[^>]*?\snoshade\b|<(?:table|t[dhr]|col|hr)\b[^>]*?\s(?:width|height|border|size)\s*=|<img\b[^>]*?\sborder\s*=|<a\b[^>]*?\sname\s*=|<ul\b[^>]*?\stype\s*=/i.test(html);
}

/** A colour that is one CSS value: a name, a hex colour or rgb()/hsl() (nothing that could end the declaration). */
const COLOUR = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgb|rgba|hsl|hsla)\(\s*[\d.\s,%]+\))$/i;

export function isColour(value: string): boolean {
  return COLOUR.test(value.trim());
}

export function addStyle(el: Element, declarations: readonly string[]): void {
  if (declarations.length === 0) return;
  const own = (el.attribs.style ?? '').trim().replace(/;?$/, '');
  el.attribs.style = [...(own ? [own] : []), ...declarations].join('; ');
}

/** `300`, `300px` or `80%` as a CSS length, else null. */
function length(value: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|px)?\s*$/i.exec(value);
  return m ? `${m[1]}${m[2] === '%' ? '%' : 'px'}` : null;
}

const TEXT_ALIGN = new Set(['left', 'right', 'center', 'justify']);
const VERTICAL = new Map([['top', 'top'], ['middle', 'middle'], ['absmiddle', 'middle'], ['center', 'middle'], ['bottom', 'bottom'], ['absbottom', 'bottom'], ['baseline', 'baseline'], ['texttop', 'text-top']]);
const TABLE_PARTS = new Set(['table', 'td', 'th', 'tr', 'col', 'colgroup', 'hr']);
const CELLS = new Set(['td', 'th']);
const DROPPED_ON_TABLE = ['border', 'cellpadding', 'cellspacing', 'frame', 'rules', 'summary'];

/** The CSS of `align="value"` on this element. */
function alignStyle(name: string, value: string): string[] {
  if (name === 'img' || name === 'iframe' || name === 'object' || name === 'embed') {
    if (value === 'left' || value === 'right') return [`float: ${value}`];
    const vertical = VERTICAL.get(value);
    return vertical ? [`vertical-align: ${vertical}`] : [];
  }
  if (name === 'table' || name === 'hr') {
    if (value === 'center') return ['margin-left: auto', 'margin-right: auto'];
    if (name === 'table' && (value === 'left' || value === 'right')) return [`float: ${value}`];
    if (value === 'left') return ['margin-left: 0', 'margin-right: auto'];
    return value === 'right' ? ['margin-left: auto', 'margin-right: 0'] : [];
  }
  if (name === 'caption' && (value === 'top' || value === 'bottom')) return [`caption-side: ${value}`];
  return TEXT_ALIGN.has(value) ? [`text-align: ${value}`] : [];
}

/** Takes an attribute off the element, returning its value (lower-cased, trimmed), or null. */
function take(el: Element, attribute: string): string | null {
  const value = el.attribs[attribute];
  if (value === undefined) return null;
  delete el.attribs[attribute];
  return value.trim();
}

function sizeStyles(el: Element): string[] {
  const styles: string[] = [];
  if (!TABLE_PARTS.has(el.name)) return styles;
  for (const key of ['width', 'height'] as const) {
    const value = take(el, key);
    const css = value === null ? null : length(value);
    if (css) styles.push(`${key}: ${css}`);
  }
  if (el.name === 'hr') {
    const size = take(el, 'size');
    const css = size === null ? null : length(size);
    if (css) styles.push(`border-top-width: ${css}`);
    take(el, 'noshade');
  }
  return styles;
}

function imageStyles(el: Element): string[] {
  const styles: string[] = [];
  const border = take(el, 'border');
  if (border && border !== '0' && length(border)) styles.push(`border: ${length(border)} solid`);
  const hspace = take(el, 'hspace');
  if (hspace && length(hspace)) styles.push(`margin-left: ${length(hspace)}`, `margin-right: ${length(hspace)}`);
  const vspace = take(el, 'vspace');
  if (vspace && length(vspace)) styles.push(`margin-top: ${length(vspace)}`, `margin-bottom: ${length(vspace)}`);
  return styles;
}

/** `<a name="x">` becomes `<a id="x">` when it has no other id (fragments find either). */
function nameToId(el: Element): void {
  const name = el.attribs.name;
  if (name === undefined || /\s/.test(name) || name === '') return;
  if (el.attribs.id === undefined) el.attribs.id = name;
  if (el.attribs.id === name) delete el.attribs.name;
}

/** Rewrites one element's obsolete attributes as styles, in place. */
export function convertAttributes(el: Element): void {
  const styles: string[] = [];
  const align = take(el, 'align');
  if (align) styles.push(...alignStyle(el.name, align.toLowerCase()));
  const valign = take(el, 'valign');
  const vertical = valign ? VERTICAL.get(valign.toLowerCase()) : undefined;
  if (vertical) styles.push(`vertical-align: ${vertical}`);
  const bgcolor = take(el, 'bgcolor');
  if (bgcolor && isColour(bgcolor)) styles.push(`background-color: ${bgcolor}`);
  styles.push(...sizeStyles(el));
  if (CELLS.has(el.name) && take(el, 'nowrap') !== null) styles.push('white-space: nowrap');
  if (el.name === 'table') for (const attribute of DROPPED_ON_TABLE) take(el, attribute);
  if (el.name === 'img') styles.push(...imageStyles(el));
  if (el.name === 'br') {
    const clear = take(el, 'clear')?.toLowerCase();
    if (clear === 'all' || clear === 'both') styles.push('clear: both');
    else if (clear === 'left' || clear === 'right') styles.push(`clear: ${clear}`);
  }
  if (el.name === 'ul') {
    const type = take(el, 'type')?.toLowerCase();
    if (type === 'disc' || type === 'circle' || type === 'square') styles.push(`list-style-type: ${type}`);
  }
  if (el.name === 'a') nameToId(el);
  addStyle(el, styles);
}
