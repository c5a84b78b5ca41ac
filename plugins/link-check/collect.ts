// What a note links to and which ids it has, read once from its final DOM
// (a post-dom reader) and saved with the note, so the check after generation
// needs no second parse.
import { isTag } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { walkNodes } from '../shared/walk';

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

export function collectLinks($: NoteDom): NoteLinks {
  const siteLinks: SiteLink[] = [];
  const external = new Set<string>();
  const ids: string[] = [];
  // One walk rather than a selector query per kind.
  walkNodes($.root()[0]?.children ?? [], (node) => {
    if (!isTag(node)) return false;
    if (node.attribs.id) ids.push(node.attribs.id);
    const href = node.tagName === 'a' ? node.attribs.href?.trim() : undefined;
    if (href && /^https?:\/\//i.test(href)) external.add(href);
    else if (href && !OTHER_ORIGIN.test(href)) siteLinks.push([href, $(node).text().replace(/\s+/g, ' ').trim()]);
    return true;
  });
  return { site_links: siteLinks, external_links: [...external], element_ids: ids };
}
