import type { Hexo } from '../hexo';
import { perGeneration } from '../shared/per-generation';
import { buildSidebarIndex, sidebarView, type NoteRef, type SidebarIndex } from './groups';

interface TagDoc {
  name: string;
  path: string;
}
interface PostDoc {
  title?: unknown;
  path: string;
  date: { valueOf(): number };
  tags: { map<T>(fn: (tag: TagDoc) => T): T[] };
}
interface Locals {
  site: { posts: { map<T>(fn: (post: PostDoc) => T): T[] }; tags: { map<T>(fn: (tag: TagDoc) => T): T[] } };
  theme: { sidebar?: { tags?: number; notes?: number } };
}

/** Built once per generation (hexo server rebuilds it after an edit), not once per page. */
const sidebarIndex = perGeneration((locals: Locals): SidebarIndex => {
  const notes: NoteRef[] = locals.site.posts.map((post) => ({
    title: typeof post.title === 'string' ? post.title : '',
    path: post.path,
    time: post.date.valueOf(),
    tags: post.tags.map((t) => t.name),
  }));
  return buildSidebarIndex(notes, new Map(locals.site.tags.map((t) => [t.name, t.path])));
});

export default function register(hexo: Hexo): void {
  hexo.extend.helper.register('sidebar', function (page: Partial<PostDoc> | undefined) {
    // Hexo's helper context type does not declare the template locals it carries.
    const locals = this as unknown as Locals;
    const index = sidebarIndex(hexo, locals);
    const current = page?.path && page.tags ? { path: page.path, tags: page.tags.map((t) => t.name) } : null;
    const limits = locals.theme.sidebar ?? {};
    return sidebarView(index, current, limits.tags ?? 20, limits.notes ?? 15);
  });
}
