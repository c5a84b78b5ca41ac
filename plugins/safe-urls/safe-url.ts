// Removes script-capable URLs (javascript:, vbscript:, data:) from a rendered note.
// hexo-renderer-marked's `sanitizeUrl` only compares the exact lower-case prefix, so
// ` JaVaScRiPt:`, `java&#x09;script:` or raw HTML links pass it; here the value is
// read as a browser reads it (entities already decoded by the HTML parser, leading
// spaces and control characters dropped, tabs and newlines removed, any case).
import { isTag } from 'domhandler';
import { parseNoteHtml, type NoteDom } from '../post-dom/transforms';

const HOSTILE = /^(?:javascript|vbscript|data):/;
/** Inline images are harmless where an image is expected (src, poster), never SVG (it can carry script). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/;
/** Attributes that navigate (any hostile scheme removed). */
const LINK_ATTRS = ['href', 'xlink:href', 'action', 'formaction'];
/** Attributes that load a resource (inline raster images allowed). */
const RESOURCE_ATTRS = ['src', 'poster', 'data', 'background'];

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

export interface RemovedUrl {
  tag: string;
  attribute: string;
  scheme: string;
}

/** Drops every hostile URL attribute; the element and its text stay. */
export function removeHostileUrls($: NoteDom): RemovedUrl[] {
  const removed: RemovedUrl[] = [];
  $('*').each((_, el) => {
    if (!isTag(el)) return;
    for (const [name, value] of Object.entries(el.attribs)) {
      const lower = name.toLowerCase();
      const link = LINK_ATTRS.includes(lower);
      if (!link && !RESOURCE_ATTRS.includes(lower)) continue;
      if (!isHostileUrl(value, !link)) continue;
      $(el).removeAttr(name);
      removed.push({ tag: el.tagName, attribute: lower, scheme: schemeView(value).split(':')[0] ?? '' });
    }
  });
  return removed;
}

/** The warning for one removed URL (the caller prefixes the note's source). */
export function removalMessage(r: RemovedUrl): string {
  return `removed a ${r.scheme}: URL from <${r.tag} ${r.attribute}>`;
}

/** Hexo's copies of parts of a note's content (made by its excerpt filter, shown in the feed). */
export interface NoteCopies {
  excerpt?: unknown;
  more?: unknown;
}

/**
 * Cleans a rendered note and the copies Hexo already made of its parts around
 * `<!-- more -->`: they are pieces of this content, so only a note that had a
 * hostile URL needs them cleaned too. Returns what was removed from the note and
 * the cleaned copies to store back (none when nothing was removed).
 */
export function cleanNote($: NoteDom, copies: NoteCopies): { removed: RemovedUrl[]; copies: Partial<Record<keyof NoteCopies, string>> } {
  const removed = removeHostileUrls($);
  const cleaned: Partial<Record<keyof NoteCopies, string>> = {};
  if (removed.length === 0) return { removed, copies: cleaned };
  for (const field of ['excerpt', 'more'] as const) {
    const part = copies[field];
    if (typeof part !== 'string' || part === '') continue;
    const dom = parseNoteHtml(part);
    removeHostileUrls(dom);
    cleaned[field] = dom.html();
  }
  return { removed, copies: cleaned };
}
