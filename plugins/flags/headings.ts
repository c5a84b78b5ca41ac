// Heading ids and the table of contents entries of a rendered note.
// hexo-renderer-marked gives headings ids, but two headings may share one ("用法"
// twice, then "用法-1" written by the author), a punctuation-only heading gets an
// empty id, full-width punctuation stays in the id, and a heading named "content"
// takes the id of the page's <main>. This pass makes every id unique on the page.
import type { Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { isElement, isSkipped } from './prose';
import { TOC_BODY_ID } from './toc';

export interface TocEntry {
  /** 1 to 6. */
  level: number;
  id: string;
  text: string;
}

/** Ids the theme's layout uses; a heading never takes one of them. */
export const LAYOUT_IDS = ['content', 'sidebar', 'ui-strings', TOC_BODY_ID];

/**
 * A readable slug: runs of anything but letters, digits and combining marks become
 * one "-" (full-width punctuation included); case and Chinese are kept, as Hexo does.
 */
export function slugify(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** The heading's text: its formulas as their TeX source, without the headerlink. */
export function headingText($: NoteDom, heading: Element): string {
  const copy = $(heading).clone();
  copy.find('.headerlink').remove();
  copy.find('.math').each((_, math) => {
    const tex = $(math).find('annotation[encoding="application/x-tex"]').first().text();
    $(math).replaceWith(tex ? ` ${tex} ` : ' ');
  });
  return copy.text().replace(/\s+/g, ' ').trim();
}

function insideSkipped(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (isSkipped(p)) return true;
  return false;
}

/** The note's headings in document order, leaving out any inside math, diagrams or code. */
function noteHeadings($: NoteDom): Element[] {
  return $('h1, h2, h3, h4, h5, h6')
    .toArray()
    .filter((h) => !insideSkipped(h));
}

/**
 * Gives every heading a unique id. A heading written as raw HTML with its own id
 * keeps it when it is free; the ids hexo-renderer-marked made (it adds an
 * a.headerlink) are made again, and the headerlink follows.
 */
export function assignHeadingIds($: NoteDom, reserved: readonly string[] = LAYOUT_IDS): void {
  const headings = noteHeadings($);
  const headingSet = new Set<Element>(headings);
  const used = new Set<string>(reserved);
  $('[id]').each((_, el) => {
    if (!headingSet.has(el)) used.add(el.attribs.id ?? '');
  });
  for (const heading of headings) {
    const headerlink = $(heading).children('a.headerlink').first();
    const own = headerlink.length === 0 ? heading.attribs.id : undefined;
    let id = own && !used.has(own) ? own : '';
    if (!id) {
      const base = slugify(headingText($, heading)) || 'section';
      id = base;
      for (let n = 1; used.has(id); n += 1) id = `${base}-${n}`;
    }
    used.add(id);
    heading.attribs.id = id;
    if (headerlink.length) headerlink.attr('href', `#${id}`);
  }
}

/** Every heading with an id, for the table of contents. */
export function tocEntries($: NoteDom): TocEntry[] {
  return noteHeadings($)
    .filter((h) => h.attribs.id)
    .map((h) => ({ level: Number(h.name.slice(1)), id: h.attribs.id ?? '', text: headingText($, h) }));
}
