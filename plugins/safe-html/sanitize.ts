// Notes are trusted to write HTML for layout, never to run code on the page:
// markdown passes raw HTML through, so a note (or a pasted snippet) could carry
// a <script>, an onerror= handler, a frame or a script URL. hexo-renderer-marked's
// `sanitizeUrl` only compares the exact lower-case prefix, so ` JaVaScRiPt:`,
// `java&#x09;script:` or raw HTML links pass it; here a URL is read as a browser
// reads it (entities already decoded by the HTML parser, leading spaces and
// control characters dropped, tabs and newlines removed, any case). Code blocks
// are text, so nothing here touches them. One walk over the note's elements does
// everything: this runs on every note of every build.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { attributeForms, SourceLines } from '../shared/source-lines';

const HOSTILE = /^(?:javascript|vbscript|data):/;
/** Inline images are harmless where an image is expected, never SVG (it can carry script). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/;
/** Elements that run code or load another document; removed with their content. */
export const ACTIVE = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'portal']);
/** Attributes holding a URL (or, in SVG animation, a value that becomes one). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'data', 'to', 'from', 'values', 'by']);
/** Where an inline raster image is expected and harmless. */
const IMAGE_ATTRIBUTES = new Set(['src', 'poster']);
const DANGEROUS_ATTRIBUTES = new Set(['srcdoc']);

/** The URL as the browser's URL parser sees its scheme: trimmed, no tab/newline, lower case. */
export function schemeView(value: string): string {
  // eslint-disable-next-line no-control-regex -- C0 controls are what browsers strip
  return value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
}

export function isHostileUrl(value: string, allowImageData = false): boolean {
  const seen = schemeView(value);
  if (!HOSTILE.test(seen)) return false;
  return !(allowImageData && SAFE_DATA_IMAGE.test(seen));
}

/** One removal: a whole element (no `attribute`) or one attribute of it. */
export interface Removal {
  tag: string;
  attribute?: string;
  value?: string;
}

/** The removal as the author reads it in a warning: `<script>`, `onclick="x()" on <a>`. */
export function describeRemoval(r: Removal): string {
  if (r.attribute === undefined) return `<${r.tag}>`;
  const value = r.value ?? '';
  return `${r.attribute}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}" on <${r.tag}>`;
}

/** Warnings per note, one per removal; a note full of handlers gets a count for the rest. */
const SHOWN = 10;

/** The warnings for what was removed from the note in `file`. */
/** How a removed thing may be written in the note's source, lower case: the tag's opening, or the attribute with its value. */
function writtenForms(r: Removal): string[] {
  if (r.attribute === undefined) return [`<${r.tag.toLowerCase()}`];
  const name = r.attribute.toLowerCase();
  const values = attributeForms((r.value ?? '').toLowerCase());
  return [...values.flatMap((v) => [`${name}="${v}"`, `${name}='${v}'`, `${name}=${v}`]), `${name}=`];
}

/** The warnings for a note's removals, each at the line where the note wrote it when its source (`raw`) shows that. */
export function removalWarnings(removed: readonly Removal[], file: string, raw?: string): string[] {
  // Tags and attribute names are case-insensitive in HTML; lower case keeps every newline where it was.
  const lines = new SourceLines(raw?.toLowerCase());
  const at = (r: Removal): string => {
    const line = lines.next(writtenForms(r));
    return line === null ? file : `${file}:${line}`;
  };
  const warnings = removed.slice(0, SHOWN).map((r) => `${at(r)}: removed ${describeRemoval(r)}: it could run script in the page (show code in a fenced block instead)`);
  if (removed.length > SHOWN) warnings.push(`${file}: removed ${removed.length - SHOWN} more things that could run script in the page`);
  return warnings;
}

function dropsAttribute(name: string, value: string): boolean {
  if (name.startsWith('on') || DANGEROUS_ATTRIBUTES.has(name)) return true;
  if (URL_ATTRIBUTES.has(name)) return isHostileUrl(value, IMAGE_ATTRIBUTES.has(name));
  if (name === 'srcset') return value.split(',').some((part) => isHostileUrl(part.trim(), true));
  return false;
}

function cleanAttributes(el: Element, removed: Removal[]): void {
  for (const name of Object.keys(el.attribs)) {
    const value = el.attribs[name] ?? '';
    if (!dropsAttribute(name.toLowerCase(), value)) continue;
    removed.push({ tag: el.tagName, attribute: name, value });
    delete el.attribs[name];
  }
}

/** Unlinks `node`, the child at `at` of `nodes`. */
function unlink(nodes: ChildNode[], at: number, node: ChildNode): void {
  nodes.splice(at, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.prev = node.next = node.parent = null;
}

/**
 * In document order, without recursion (a note may nest thousands deep): each
 * entry is a child list and the index of its next node; removals change the list
 * being walked, so the index is kept by hand.
 */
function walk(root: ChildNode[], removed: Removal[], keepsFrame: (frame: Element) => boolean): void {
  const stack: Array<{ nodes: ChildNode[]; at: number }> = [{ nodes: root, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { nodes: ChildNode[]; at: number };
    const node = top.nodes[top.at];
    if (!node) {
      stack.pop();
      continue;
    }
    if (isTag(node) && ACTIVE.has(node.tagName.toLowerCase()) && !(node.tagName.toLowerCase() === 'iframe' && keepsFrame(node))) {
      removed.push({ tag: node.tagName });
      unlink(top.nodes, top.at, node);
      continue;
    }
    top.at += 1;
    if (!isTag(node)) continue;
    cleanAttributes(node, removed);
    stack.push({ nodes: node.children, at: 0 });
  }
}

/**
 * Removes what could run script, in document order; returns each removal for
 * the author. `keepsFrame` may keep an `<iframe>` the site allows (another
 * site's player, which cannot reach this page); its attributes are cleaned as any.
 */
export function sanitizeNote($: NoteDom, keepsFrame: (frame: Element) => boolean = () => false): Removal[] {
  const removed: Removal[] = [];
  const root = $.root()[0];
  if (root) walk(root.children, removed, keepsFrame);
  return removed;
}
