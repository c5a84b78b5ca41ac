// What a note links to and which ids it has, read once from its final DOM
// (a post-dom reader) and saved with the note, so the check after generation
// needs no second parse.
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

export function collectLinks($: NoteDom): NoteLinks {
  const siteLinks: SiteLink[] = [];
  const external = new Set<string>();
  $('a[href]').each((_, el) => {
    const href = (el.attribs.href ?? '').trim();
    if (!href) return;
    if (/^https?:\/\//i.test(href)) external.add(href);
    else if (!OTHER_ORIGIN.test(href)) siteLinks.push([href, $(el).text().replace(/\s+/g, ' ').trim()]);
  });
  const ids: string[] = [];
  $('[id]').each((_, el) => {
    if (el.attribs.id) ids.push(el.attribs.id);
  });
  return { site_links: siteLinks, external_links: [...external], element_ids: ids };
}
