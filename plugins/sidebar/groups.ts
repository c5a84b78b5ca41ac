// The documentation sidebar: the notes of the current note's group (its series,
// else its category or first tag, per `sidebar.group_by`) and the lists of
// categories and tags. The index is built once per generation; each page then
// takes a bounded window of it, so a page never carries the whole list of notes.
import { byDateThenFile, groupTrail, type GroupBy, type LinkRef, type NoteFacts } from '../shared/note-facts';

export interface GroupRef extends LinkRef {
  count: number;
}

export interface Group extends LinkRef {
  kind: 'series' | 'category' | 'tag';
  notes: readonly NoteFacts[];
}

export interface SidebarIndex {
  tags: GroupRef[];
  categories: GroupRef[];
  /** Category and tag groups by path, notes newest first. */
  groups: Map<string, Group>;
}

export interface SidebarView {
  tags: GroupRef[];
  moreTags: number;
  categories: GroupRef[];
  moreCategories: number;
  group: (LinkRef & { kind: Group['kind']; count: number; notes: { title: string; path: string; current: boolean }[] }) | null;
}

function addTo(groups: Map<string, Group>, ref: LinkRef, kind: Group['kind'], note: NoteFacts): void {
  const group = groups.get(ref.path);
  if (group) (group.notes as NoteFacts[]).push(note);
  else groups.set(ref.path, { ...ref, kind, notes: [note] });
}

function refsOf(groups: Iterable<Group>, kind: Group['kind']): GroupRef[] {
  const refs = [...groups].filter((g) => g.kind === kind).map((g) => ({ name: g.name, path: g.path, count: g.notes.length }));
  return refs.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function buildSidebarIndex(notes: readonly NoteFacts[]): SidebarIndex {
  const groups = new Map<string, Group>();
  for (const note of notes) {
    for (const tag of note.tags) addTo(groups, tag, 'tag', note);
    for (const category of note.categories) addTo(groups, category, 'category', note);
  }
  for (const group of groups.values()) (group.notes as NoteFacts[]).sort(byDateThenFile);
  return { tags: refsOf(groups.values(), 'tag'), categories: refsOf(groups.values(), 'category'), groups };
}

/** The first `max` refs, with the current one always among them. */
function shortList(refs: readonly GroupRef[], max: number, currentPath: string | undefined): { list: GroupRef[]; more: number } {
  const list = refs.slice(0, max);
  const current = currentPath === undefined ? undefined : refs.find((r) => r.path === currentPath);
  if (current && !list.includes(current)) list.push(current);
  return { list, more: refs.length - list.length };
}

/** The current note's group: its series, else the innermost group of its trail. */
function currentGroup(index: SidebarIndex, current: NoteFacts, mode: GroupBy, series: Group | null): Group | null {
  if (series) return series;
  const leaf = groupTrail(current, mode).at(-1);
  return leaf ? (index.groups.get(leaf.path) ?? null) : null;
}

/**
 * What one page shows: the first `maxTags` tags and categories (the current
 * group always among them) and up to `maxNotes` notes of the current group
 * around the current note.
 */
export function sidebarView(
  index: SidebarIndex,
  current: { note: NoteFacts; mode: GroupBy; series: Group | null } | null,
  maxTags: number,
  maxNotes: number,
): SidebarView {
  const group = current ? currentGroup(index, current.note, current.mode, current.series) : null;
  const tags = shortList(index.tags, maxTags, group?.kind === 'tag' ? group.path : undefined);
  const categories = shortList(index.categories, maxTags, group?.kind === 'category' ? group.path : undefined);
  const view = { tags: tags.list, moreTags: tags.more, categories: categories.list, moreCategories: categories.more };
  if (!group || !current) return { ...view, group: null };

  const list = group.notes;
  const at = Math.max(0, list.findIndex((n) => n.key === current.note.key));
  const start = Math.max(0, Math.min(at - Math.floor(maxNotes / 2), list.length - maxNotes));
  const notes = list.slice(start, start + maxNotes).map((n) => ({ title: n.title, path: n.path, current: n.key === current.note.key }));
  return { ...view, group: { name: group.name, path: group.path, kind: group.kind, count: list.length, notes } };
}

/** The view with each link's address, as the layout writes it (`href`: `url_for` of its path). */
export type LinkedSidebarView = LinkedLists & { group: LinkedGroup };

export type LinkedLists = Omit<SidebarView, 'tags' | 'categories' | 'group'> & {
  tags: (GroupRef & { href: string })[];
  categories: (GroupRef & { href: string })[];
};

export type LinkedGroup = (Omit<NonNullable<SidebarView['group']>, 'notes'> & { href: string; notes: { title: string; path: string; current: boolean; href: string }[] }) | null;

const linked = <T extends { path: string }>(item: T, href: (path: string) => string): T & { href: string } => ({ ...item, href: href(item.path) });

/** The current group and its notes, linked: different on every page of the group. */
export function linkGroup(group: SidebarView['group'], href: (path: string) => string): LinkedGroup {
  return group ? { ...linked(group, href), notes: group.notes.map((note) => linked(note, href)) } : null;
}

/** The lists of tags and categories, linked: the same on every page whose group is the same. */
export function linkLists(view: SidebarView, href: (path: string) => string): LinkedLists {
  const { tags, categories, moreTags, moreCategories } = view;
  return { tags: tags.map((tag) => linked(tag, href)), categories: categories.map((c) => linked(c, href)), moreTags, moreCategories };
}

export function linkView(view: SidebarView, href: (path: string) => string): LinkedSidebarView {
  return { ...linkLists(view, href), group: linkGroup(view.group, href) };
}

/**
 * What the lists of a view depend on besides the site: the current group's
 * path (kept in each list, and marked there). Pages sharing it share the lists' markup.
 */
export function listsKey(view: SidebarView): string {
  return view.group?.path ?? '';
}
