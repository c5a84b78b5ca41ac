// Heading ids and the table of contents entries of a rendered note.
// hexo-renderer-marked gives headings ids, but two headings may share one ("用法"
// twice, then "用法-1" written by the author), a punctuation-only heading gets an
// empty id, and a heading named "content" takes the id of the page's <main>. This
// pass makes every id unique on the page. The ids are Hexo's own otherwise, so
// links written for a Hexo site (`#一、概述`, from the note or from elsewhere) keep working.
import type { Element } from 'domhandler';
import { slugize } from 'hexo-util';
import { LAYOUT_IDS } from '../../shared/layout';
import type { NoteDom } from '../post-dom/transforms';
import { hasChildren, hasClass, headingText, isElement, isHeading, isNotProse } from '../post-dom/text-rules';
import { walkNodes } from '../shared/walk';

export interface TocEntry {
  /** 1 to 6. */
  level: number;
  id: string;
  text: string;
}

/**
 * A heading's id as hexo-renderer-marked makes it (hexo-util's slugize): ASCII
 * punctuation and spaces become one "-", diacritics go, Chinese, case and
 * full-width punctuation stay ("一、概述" → "一、概述"). `transform` is the
 * renderer's `modifyAnchors`: 1 lower case, 2 upper case.
 */
export function headingSlug(text: string, transform = 0): string {
  return slugize(text.trim(), { transform });
}

/**
 * A slug for a URL path (a note's file name): runs of anything but letters, digits
 * and combining marks become one "-" (full-width punctuation included); case and Chinese are kept.
 */
export function slugify(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
}

interface Scan {
  /** Headings outside math, diagrams and code, in document order. */
  headings: Element[];
  /** Ids of every other element. */
  ids: Set<string>;
}

/** One walk over the note: its headings, and the ids already taken. */
function scan($: NoteDom): Scan {
  const result: Scan = { headings: [], ids: new Set() };
  // Elements that are not prose (math, code, diagrams) open around the node visited.
  let skipping = 0;
  walkNodes(
    $.root().toArray(),
    (node) => {
      if (!isElement(node)) return hasChildren(node);
      if (isNotProse(node)) skipping += 1;
      if (skipping === 0 && isHeading(node)) result.headings.push(node);
      else if (node.attribs.id) result.ids.add(node.attribs.id);
      return true;
    },
    (node) => {
      if (isElement(node) && isNotProse(node)) skipping -= 1;
    },
  );
  return result;
}

/**
 * The headings assignHeadingIds gave ids, by the note's root: it is the last
 * writer (plugins/pipeline.ts WRITE), so the readers' table of contents takes
 * them instead of walking the note again.
 */
const assigned = new WeakMap<object, Element[]>();

/**
 * Gives every heading a unique id. A heading written as raw HTML with its own id
 * keeps it when it is free; the ids hexo-renderer-marked made (it adds an
 * a.headerlink) are made again, and the headerlink follows.
 */
export function assignHeadingIds($: NoteDom, reserved: readonly string[] = LAYOUT_IDS, slug: (text: string) => string = headingSlug): void {
  const { headings, ids: used } = scan($);
  assigned.set($.root()[0] as object, headings);
  for (const id of reserved) used.add(id);
  for (const heading of headings) {
    const headerlink = heading.children.find((c): c is Element => isElement(c) && c.name === 'a' && hasClass(c, 'headerlink'));
    const own = headerlink ? undefined : heading.attribs.id;
    let id = own && !used.has(own) ? own : '';
    if (!id) {
      const base = slug(headingText(heading)) || 'section';
      id = base;
      for (let n = 1; used.has(id); n += 1) id = `${base}-${n}`;
    }
    used.add(id);
    heading.attribs.id = id;
    if (headerlink) headerlink.attribs.href = `#${id}`;
  }
}

/** Every heading with an id, for the table of contents. */
export function tocEntries($: NoteDom): TocEntry[] {
  const headings = assigned.get($.root()[0] as object) ?? scan($).headings;
  return headings
    .filter((h) => h.attribs.id)
    .map((h) => ({ level: Number(h.name.slice(1)), id: h.attribs.id ?? '', text: headingText(h) }));
}
