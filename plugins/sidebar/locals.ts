// The sidebar's input read from Hexo's template locals: the notes and tags of
// the site, the page being rendered, the theme's limits.
import { buildSidebarIndex, type NoteRef, type SidebarIndex } from './groups';

interface TagDoc {
  name: string;
  path: string;
}
export interface PostDoc {
  title?: unknown;
  path: string;
  date: { valueOf(): number };
  tags: { map<T>(fn: (tag: TagDoc) => T): T[] };
}
export interface SidebarLocals {
  site: { posts: { map<T>(fn: (post: PostDoc) => T): T[] }; tags: { map<T>(fn: (tag: TagDoc) => T): T[] } };
  theme: { sidebar?: { tags?: number; notes?: number } };
}

/** The index of every note by tag group, built once per generation. */
export function indexFromSite(site: SidebarLocals['site']): SidebarIndex {
  const notes: NoteRef[] = site.posts.map((post) => ({
    title: typeof post.title === 'string' ? post.title : '',
    path: post.path,
    time: post.date.valueOf(),
    tags: post.tags.map((t) => t.name),
  }));
  return buildSidebarIndex(notes, new Map(site.tags.map((t) => [t.name, t.path])));
}

/** The note being rendered, or null on pages that are no note. */
export function currentNote(page: Partial<PostDoc> | undefined): { path: string; tags: string[] } | null {
  return page?.path && page.tags ? { path: page.path, tags: page.tags.map((t) => t.name) } : null;
}

/** The theme's limits (`sidebar.tags`, `sidebar.notes` in the theme config), else 20 groups and 15 notes. */
export function sidebarLimits(theme: SidebarLocals['theme']): { tags: number; notes: number } {
  return { tags: theme.sidebar?.tags ?? 20, notes: theme.sidebar?.notes ?? 15 };
}
