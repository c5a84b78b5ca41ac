// Hexo's excerpt filter sets a note's `more` (what follows `<!-- more -->`) to
// the whole content when the note has no such line, which is nearly every note:
// db.json held each note's HTML twice, and Hexo reads and writes all of it on
// every build. `more` is left out of db.json when it is the content, and read
// back as the content; a note cut by `<!-- more -->` keeps its own `more`.

/** What db.json stores for `more`: nothing when it is the content. */
export function storedMore(more: unknown, content: unknown): unknown {
  return more === content && typeof more === 'string' ? undefined : more;
}

/** `more` as documents read it: the stored value, or the content it was left out for. */
export function readMore(stored: unknown, content: unknown): unknown {
  return stored === undefined ? content : stored;
}
