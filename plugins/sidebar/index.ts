import type { Hexo } from '../hexo';
import { seriesIndex } from '../series';
import { groupBy } from '../shared/note-facts';
import { fromNotes, noteByKey } from '../shared/notes-index';
import { perGeneration } from '../shared/per-generation';
import { buildSidebarIndex, linkGroup, linkLists, listsKey, sidebarView, type LinkedGroup, type LinkedLists } from './groups';

interface Locals {
  page: { lang?: string };
  theme: { sidebar?: { tags?: number; notes?: number; group_by?: unknown } };
  config: { relative_link?: unknown };
  url_for(path: string): string;
}

/**
 * Each path's address, once per generation: every page lists the same tags and
 * categories, and url_for was some 50 calls a page. With relative links an
 * address depends on the page, so it is not kept.
 */
const addresses = perGeneration(() => new Map<string, string>());

export default function register(hexo: Hexo): void {
  hexo.extend.helper.register('sidebar', function (page: { _id?: string } | undefined) {
    // Hexo's helper context type does not declare the template locals it carries.
    const locals = this as unknown as Locals;
    const settings = locals.theme.sidebar ?? {};
    const index = fromNotes(hexo, 'sidebar', buildSidebarIndex);
    const note = noteByKey(hexo, page?._id);
    const place = note ? seriesIndex(hexo).placeOf.get(note.key) : undefined;
    const series = place ? { name: place.series.name, path: place.series.path, kind: 'series' as const, notes: place.series.parts } : null;
    const current = note ? { note, mode: groupBy(settings.group_by), series } : null;
    const view = sidebarView(index, current, settings.tags ?? 20, settings.notes ?? 15);
    const urlFor = (path: string): string => locals.url_for(path);
    const relative = Boolean(locals.config.relative_link);
    const known = addresses(hexo);
    const href = relative
      ? urlFor
      : (path: string): string => {
          let found = known.get(path);
          if (found === undefined) known.set(path, (found = urlFor(path)));
          return found;
        };
    const links: SidebarLinks = {
      group: linkGroup(view.group, href),
      lists: () => linkLists(view, href),
      lists_cache: relative ? false : `sidebar-lists:${locals.page.lang ?? ''}:${listsKey(view)}`,
    };
    return links;
  });
}

interface SidebarLinks {
  group: LinkedGroup;
  /** The tags and categories, linked only when the layout writes them (not when their markup is cached). */
  lists(): LinkedLists;
  /** The key the layout caches the lists' markup under for this generation, or false (relative links differ per page). */
  lists_cache: string | false;
}

