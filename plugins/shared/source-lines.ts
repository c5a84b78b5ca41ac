// Hexo keeps no source position for rendered markup, so a warning about an
// element of a rendered note finds its line by searching the note's Markdown
// (its whole file, front matter included, so the line is the file's) for what
// the element was written with.

/** 1-based line of the first of `needles` (in order of preference) found in `raw`, or null. */
export function lineOfFirst(raw: unknown, needles: readonly string[]): number | null {
  if (typeof raw !== 'string') return null;
  for (const needle of needles) {
    if (!needle) continue;
    const at = raw.indexOf(needle);
    if (at >= 0) return raw.slice(0, at).split('\n').length;
  }
  return null;
}

/**
 * The forms an attribute value may be written in: as the parser read it, and
 * with `&` as `&amp;` (HTML written by hand or copied from an embed code).
 */
export function attributeForms(value: string): string[] {
  return value.includes('&') ? [value, value.replace(/&/g, '&amp;')] : [value];
}
