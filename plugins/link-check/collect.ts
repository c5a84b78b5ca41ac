// What a note links to and which ids it has, read once from its final DOM
// (a post-dom reader) and saved with the note, so the check after generation
// needs no second parse.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';

/** `[href, link text]` of a link that stays on the site (a path, a relative path or `#anchor`). */
export type SiteLink = [href: string, text: string];

export interface NoteLinks {
  site_links: SiteLink[];
  /** http(s) links to other sites, in note order, without duplicates (`hexo links` checks them). */
  external_links: string[];
  element_ids: string[];
}

/** A scheme (`https:`, `mailto:`…) or `//host`: not a path of this site. */
const OTHER_ORIGIN = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Every element of the note, in document order: one walk rather than a selector query per kind. */
function* elements(nodes: readonly ChildNode[]): Generator<Element> {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    yield node;
    yield* elements(node.children);
  }
}

export function collectLinks($: NoteDom): NoteLinks {
  const siteLinks: SiteLink[] = [];
  const external = new Set<string>();
  const ids: string[] = [];
  for (const el of elements($.root()[0]?.children ?? [])) {
    if (el.attribs.id) ids.push(el.attribs.id);
    const href = el.tagName === 'a' ? el.attribs.href?.trim() : undefined;
    if (!href) continue;
    if (/^https?:\/\//i.test(href)) external.add(href);
    else if (!OTHER_ORIGIN.test(href)) siteLinks.push([href, $(el).text().replace(/\s+/g, ' ').trim()]);
  }
  return { site_links: siteLinks, external_links: [...external], element_ids: ids };
}
