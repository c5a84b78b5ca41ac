import { full_url_for } from 'hexo-util';
import type { Hexo } from '../hexo';
import { uiString } from '../shared/i18n';
import { groupBy, groupTrail } from '../shared/note-facts';
import { noteByKey } from '../shared/notes-index';
import { breadcrumb, breadcrumbJsonLd } from './breadcrumb';

export default function register(hexo: Hexo): void {
  // The same group as the sidebar's (its category chain, or first tag), never the series.
  hexo.extend.helper.register('note_breadcrumb', function (page: { _id?: string }) {
    const note = noteByKey(hexo, page._id);
    if (!note) return null;
    // Hexo's helper context type does not declare the template locals it carries.
    const theme = (this as unknown as { theme: { sidebar?: { group_by?: unknown } } }).theme;
    const crumbs = breadcrumb({ name: uiString(hexo, 'home'), path: '' }, groupTrail(note, groupBy(theme.sidebar?.group_by)), { name: note.title, path: note.path });
    return { crumbs, json: breadcrumbJsonLd(crumbs, (path) => full_url_for.call({ config: hexo.config }, path)) };
  });
}
