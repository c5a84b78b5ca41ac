// Pinned notes. hexo-generator-index puts notes with `sticky: N` first on the
// home page (higher first), as NexT, Butterfly and Fluid document; notes of
// themes using hexo-generator-index-pin-top say `top: true` (or `top: N`)
// instead. Pure: a note's front matter in, the sticky weight it should have out.

/** The `sticky` a note should get from `top`, or null when it has its own or is not pinned. */
export function stickyFromTop(note: Readonly<Record<string, unknown>>): number | null {
  if (note.sticky !== undefined && note.sticky !== null) return null;
  const top = note.top;
  if (top === true) return 1;
  if (typeof top === 'number' && Number.isFinite(top) && top > 0) return top;
  return null;
}

/** Whether a note is pinned on the home page: a positive `sticky`, as hexo-generator-index sorts. */
export function isPinned(note: { sticky?: unknown }): boolean {
  return typeof note.sticky === 'number' ? note.sticky > 0 : Number(note.sticky) > 0;
}
