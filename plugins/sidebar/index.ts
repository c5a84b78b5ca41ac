import type { Hexo } from '../hexo';
import { sidebarView, type SidebarIndex } from './groups';
import { currentNote, indexFromSite, sidebarLimits, type PostDoc, type SidebarLocals } from './locals';

export default function register(hexo: Hexo): void {
  let index: SidebarIndex | null = null;
  // A new generation (hexo server after an edit) rebuilds the index once.
  hexo.extend.filter.register('before_generate', () => {
    index = null;
  });

  hexo.extend.helper.register('sidebar', function (page: Partial<PostDoc> | undefined) {
    // Hexo's helper context type does not declare the template locals it carries.
    const locals = this as unknown as SidebarLocals;
    index ??= indexFromSite(locals.site);
    const limits = sidebarLimits(locals.theme);
    return sidebarView(index, currentNote(page), limits.tags, limits.notes);
  });
}
