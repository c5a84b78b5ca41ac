// The documentation sidebar: tag groups and the notes of the current note's group.
// The index is built once per generation; each page then takes a bounded window of
// it, so a page never carries the whole list of notes.

export interface NoteRef {
  title: string;
  path: string;
  /** Milliseconds since the epoch, for ordering. */
  time: number;
  tags: string[];
}

export interface TagRef {
  name: string;
  path: string;
  count: number;
}

export interface SidebarIndex {
  tags: TagRef[];
  notesByTag: Map<string, NoteRef[]>;
}

export interface SidebarView {
  tags: TagRef[];
  moreTags: number;
  group: { name: string; path: string; count: number; notes: (NoteRef & { current: boolean })[] } | null;
}

export function buildSidebarIndex(notes: NoteRef[], tagPaths: Map<string, string>): SidebarIndex {
  const notesByTag = new Map<string, NoteRef[]>();
  for (const note of notes) {
    for (const tag of note.tags) {
      let list = notesByTag.get(tag);
      if (!list) notesByTag.set(tag, (list = []));
      list.push(note);
    }
  }
  const tags: TagRef[] = [];
  for (const [name, list] of notesByTag) {
    list.sort((a, b) => b.time - a.time || a.title.localeCompare(b.title));
    tags.push({ name, path: tagPaths.get(name) ?? '', count: list.length });
  }
  tags.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { tags, notesByTag };
}

/**
 * What one page shows: the first `maxTags` groups (the current group always among
 * them) and up to `maxNotes` notes of the current group around the current note.
 */
export function sidebarView(
  index: SidebarIndex,
  current: { path: string; tags: string[] } | null,
  maxTags: number,
  maxNotes: number,
): SidebarView {
  const groupName = current?.tags[0];
  const tags = index.tags.slice(0, maxTags);
  const groupTag = groupName === undefined ? undefined : index.tags.find((t) => t.name === groupName);
  if (groupTag && !tags.includes(groupTag)) tags.push(groupTag);
  const moreTags = index.tags.length - tags.length;
  if (!groupTag || !current) return { tags, moreTags, group: null };

  const list = index.notesByTag.get(groupTag.name) ?? [];
  const at = Math.max(0, list.findIndex((n) => n.path === current.path));
  const start = Math.max(0, Math.min(at - Math.floor(maxNotes / 2), list.length - maxNotes));
  const notes = list.slice(start, start + maxNotes).map((n) => ({ ...n, current: n.path === current.path }));
  return { tags, moreTags, group: { name: groupTag.name, path: groupTag.path, count: list.length, notes } };
}
