import type { TagOrder } from '../hexo/tags';

/** Tags in the order the note's front matter lists them; unknown ones last, by name. */
export function inFrontMatterOrder<T extends { name: string }>(tags: readonly T[], order: readonly string[]): T[] {
  const rank = (tag: T): number => {
    const i = order.indexOf(tag.name);
    return i === -1 ? order.length : i;
  };
  return [...tags].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The tag names as Hexo keeps them (it drops empty ones and stringifies the rest). */
export function tagNames(tags: unknown): string[] {
  const list: unknown[] = Array.isArray(tags) ? tags : tags == null ? [] : [tags];
  return list.filter((t) => t !== null && t !== undefined && t !== '').map((t) => String(t));
}

/** A note's tags listed as its front matter lists them, the order saved with the note as `tag_order`. */
export const frontMatterTagOrder: TagOrder = {
  order(tags, note) {
    const order: unknown = note.tag_order;
    if (!Array.isArray(order) || tags.length < 2) return null;
    return inFrontMatterOrder(tags, order as string[]);
  },
  keep: (tags) => ({ tag_order: tagNames(tags) }),
};
