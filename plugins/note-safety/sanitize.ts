// Notes are trusted to write HTML for layout, never to run code on the page:
// markdown passes raw HTML through, so a note (or a pasted snippet) could carry
// a <script>, an onerror= handler or a javascript: link. Code blocks are text,
// so nothing here touches them.
import type { NoteDom } from '../post-dom/transforms';

/** Elements that run code or load another document; removed with their content. */
const ACTIVE = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, portal';
/** Attributes holding a URL (or, in SVG animation, a value that becomes one). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'data', 'to', 'from', 'values', 'by']);
const DANGEROUS_ATTRIBUTES = new Set(['srcdoc']);

/** True for javascript:, vbscript: and non-image data: URLs, however they are spaced or cased. */
export function isScriptUrl(value: string, allowDataImages: boolean): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // eslint-disable-next-line no-control-regex -- those characters are the point
  const plain = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (plain.startsWith('javascript:') || plain.startsWith('vbscript:')) return true;
  if (plain.startsWith('data:')) return !(allowDataImages && /^data:image\/(png|gif|jpe?g|webp|avif|bmp)[;,]/.test(plain));
  return false;
}

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
      if (!drop && URL_ATTRIBUTES.has(lower)) drop = isScriptUrl(value, el.tagName === 'img' && lower === 'src');
      if (!drop && lower === 'srcset') drop = value.split(',').some((part) => isScriptUrl(part.trim(), true));
      if (drop) {
        removed.push(`${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}" on <${el.tagName}>`);
        $(el).removeAttr(name);
      }
    }
  });
  return removed;
}
