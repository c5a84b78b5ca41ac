// HTML that notes written years ago carry (often pasted from a GitHub README)
// and that browsers still draw, but that HTML5 made obsolete, so the Nu Html
// Checker rejects the page: `<center>`, `<font color size>`, `<strike>`, `<tt>`,
// `<big>`, `<acronym>`, `<nobr>`, `<img width="50%">`, and the presentational
// attributes (attributes.ts): `align`, `valign`, `bgcolor`, a table's `border`
// and cell spacing, cells' `width` / `nowrap`, `<hr size noshade>`, `<br clear>`,
// `<a name>`. Each becomes its valid equivalent, drawn the same. Pure.
import type { AnyNode, Element } from 'domhandler';
import { hasChildren, isElement } from '../post-dom/text-rules';
import { walkNodes } from '../shared/walk';
import { addStyle, convertAttributes, isColour, mayHoldLegacyAttributes } from './attributes';

/** Whether the note's HTML may hold any of it: most notes are not walked at all. */
export function mayHoldLegacyHtml(html: string): boolean {
  return /<(?:center|font|strike|tt|big|acronym|nobr)\b|<img\b[^>]*\b(?:width|height)\s*=\s*["']?\s*\d+(?:\.\d+)?\s*%/i.test(html) || mayHoldLegacyAttributes(html);
}

/** `<font size>` 1–7 as browsers draw it (3 is the normal size); +n / -n are relative to 3. */
const FONT_SIZES = ['x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large'];

function fontSize(value: string): string | null {
  const m = /^\s*([+-]?)(\d)\s*$/.exec(value);
  if (!m) return null;
  const n = m[1] ? 3 + Number(`${m[1]}${m[2]}`) : Number(m[2]);
  return FONT_SIZES[Math.min(7, Math.max(1, n)) - 1] ?? null;
}

function addClass(el: Element, name: string): void {
  el.attribs.class = el.attribs.class ? `${el.attribs.class} ${name}` : name;
}

function convertFont(el: Element): void {
  const { color = '', size = '' } = el.attribs;
  const declarations: string[] = [];
  if (isColour(color)) declarations.push(`color: ${color.trim()}`);
  const fs = fontSize(size);
  if (fs) declarations.push(`font-size: ${fs}`);
  delete el.attribs.color;
  delete el.attribs.size;
  delete el.attribs.face;
  el.name = 'span';
  addStyle(el, declarations);
}

function convertImage(el: Element): void {
  const declarations: string[] = [];
  for (const key of ['width', 'height'] as const) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(el.attribs[key] ?? '');
    if (!m) continue;
    declarations.push(`${key}: ${m[1]}%`);
    delete el.attribs[key];
  }
  addStyle(el, declarations);
}

/** Rewrites the obsolete markup in place, outside code; returns how many elements changed. */
export function convertLegacyHtml(nodes: readonly AnyNode[]): number {
  let changed = 0;
  // The code elements entered: a `<tt>` renamed `code` here is not one of them.
  const code = new Set<AnyNode>();
  walkNodes(
    nodes,
    (node) => {
      if (!isElement(node)) return hasChildren(node);
      if (node.name === 'pre' || node.name === 'code') code.add(node);
      if (code.size > 0) return true;
      const before = `${node.name} ${JSON.stringify(node.attribs)}`;
      if (node.name === 'center') {
        node.name = 'div';
        addClass(node, 'note-center');
      } else if (node.name === 'font') convertFont(node);
      else if (node.name === 'strike') node.name = 's';
      else if (node.name === 'tt') node.name = 'code';
      else if (node.name === 'big') {
        node.name = 'span';
        addStyle(node, ['font-size: larger']);
      } else if (node.name === 'acronym') node.name = 'abbr';
      else if (node.name === 'nobr') {
        node.name = 'span';
        addStyle(node, ['white-space: nowrap']);
      } else if (node.name === 'img') convertImage(node);
      convertAttributes(node);
      if (before !== `${node.name} ${JSON.stringify(node.attribs)}`) changed += 1;
      return true;
    },
    (node) => {
      code.delete(node);
    },
  );
  return changed;
}
