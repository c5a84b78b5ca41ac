// What the knowledge-base features (sidebar, series, breadcrumb, related notes)
// know about each note, read from Hexo's documents once per generation. Pure
// types and functions here; the reading from Hexo is in notes-index.ts.

export interface LinkRef {
  name: string;
  /** Site-relative path, as Hexo's `path` (e.g. `categories/Linux/`). */
  path: string;
}

export interface NoteFacts {
  /** The note's database id. */
  key: string;
  title: string;
  path: string;
  /** Hexo's `source`, e.g. `_posts/a.md`: the tie-breaker everywhere. */
  source: string;
  /** Milliseconds since the epoch. */
  time: number;
  tags: LinkRef[];
  /** The note's category as a chain, outermost first (`[大数据, Hadoop]`); empty when it has none. */
  categories: LinkRef[];
  series: string | null;
  /** The front matter's `order` as written. */
  order: unknown;
}

export type GroupBy = 'auto' | 'category' | 'tag';

/** `sidebar.group_by` as set; anything else is `auto`. */
export function groupBy(value: unknown): GroupBy {
  return value === 'category' || value === 'tag' ? value : 'auto';
}

/**
 * The note's group, outermost first: its category chain (auto, category) or its
 * first tag (auto without a category, tag). Empty when it has neither.
 */
export function groupTrail(note: Pick<NoteFacts, 'tags' | 'categories'>, mode: GroupBy): LinkRef[] {
  if (mode !== 'tag' && note.categories.length) return note.categories;
  if (mode === 'category') return [];
  const first = note.tags[0];
  return first ? [first] : [];
}

/** Newest first, then by file: the order of every list of notes here. */
export function byDateThenFile(a: NoteFacts, b: NoteFacts): number {
  return b.time - a.time || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}

interface CategoryDoc {
  _id: string;
  name: string;
  path: string;
  parent?: string;
}

/**
 * The category chain of a note from its categories (Hexo gives every category of
 * the nested form, parents included): the chain ending at the leaf whose names
 * sort first, when the note lists several.
 */
export function categoryChain(categories: readonly CategoryDoc[]): LinkRef[] {
  const byId = new Map(categories.map((c) => [c._id, c]));
  const parents = new Set(categories.map((c) => c.parent).filter(Boolean));
  const chains = categories
    .filter((c) => !parents.has(c._id))
    .map((leaf) => {
      const chain: LinkRef[] = [];
      for (let c: CategoryDoc | undefined = leaf; c; c = c.parent ? byId.get(c.parent) : undefined) {
        chain.unshift({ name: c.name, path: c.path });
      }
      return chain;
    });
  chains.sort((a, b) => {
    const ka = a.map((c) => c.name).join('\u0000');
    const kb = b.map((c) => c.name).join('\u0000');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return chains[0] ?? [];
}

/** `series:` as a name, or null (absent, empty, not text). */
export function seriesName(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name || null;
}
