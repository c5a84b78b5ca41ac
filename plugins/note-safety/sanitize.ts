// Notes are trusted to write HTML for layout, never to run code on the page:
// markdown passes raw HTML through, so a note (or a pasted snippet) could carry
// a <script>, an onerror= handler or a frame. safe-urls (which runs first) drops
// hostile URLs from links and resources; this covers the rest, including the
// attributes it does not look at (SVG animation values, srcset, srcdoc). Code
// blocks are text, so nothing here touches them.
import type { NoteDom } from '../post-dom/transforms';
import { isHostileUrl } from '../safe-urls/safe-url';

/** Elements that run code or load another document; removed with their content. */
const ACTIVE = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, portal';
/** Attributes holding a URL (or, in SVG animation, a value that becomes one). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'data', 'to', 'from', 'values', 'by']);
/** Where an inline raster image is expected and harmless. */
const IMAGE_ATTRIBUTES = new Set(['src', 'poster']);
const DANGEROUS_ATTRIBUTES = new Set(['srcdoc']);

/** Removes what could run script; returns a description of each removal for the author. */
export function sanitizeNote($: NoteDom): string[] {
  const removed: string[] = [];
  $(ACTIVE).each((_, el) => {
    removed.push(`<${el.tagName}>`);
    $(el).remove();
  });
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const [name, value] of Object.entries(el.attribs)) {
      const lower = name.toLowerCase();
      let drop = lower.startsWith('on') || DANGEROUS_ATTRIBUTES.has(lower);
      if (!drop && URL_ATTRIBUTES.has(lower)) drop = isHostileUrl(value, IMAGE_ATTRIBUTES.has(lower));
      if (!drop && lower === 'srcset') drop = value.split(',').some((part) => isHostileUrl(part.trim(), true));
      if (drop) {
        removed.push(`${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}" on <${el.tagName}>`);
        $(el).removeAttr(name);
      }
    }
  });
  return removed;
}
