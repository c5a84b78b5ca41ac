import type { Hexo } from '../hexo';
import { seriesIndex } from '../series';
import { groupBy } from '../shared/note-facts';
import { fromNotes, noteByKey } from '../shared/notes-index';
import { buildSidebarIndex, sidebarView } from './groups';

interface Locals {
  theme: { sidebar?: { tags?: number; notes?: number; group_by?: unknown } };
}

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
    return sidebarView(index, current, settings.tags ?? 20, settings.notes ?? 15);
  });
}
