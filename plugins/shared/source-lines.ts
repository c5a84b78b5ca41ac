// Hexo keeps no source position for rendered markup, so a warning about an
// element of a rendered note finds its line by searching the note's Markdown
// (its whole file, front matter included, so the line is the file's) for what
// the element was written with. The n-th element written with some text is
// taken to be that text's n-th occurrence in the source.

function nthIndex(raw: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = raw.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Lines of one note's elements, counting elements written alike in order. */
export class SourceLines {
  private readonly seen = new Map<string, number>();

  constructor(private readonly raw: string | undefined) {}

  /**
   * 1-based line of the next element written as any of `forms` (the forms in
   * order of preference), or null when the source holds none of them. Past the
   * last occurrence, the first is given.
   */
  next(forms: readonly string[]): number | null {
    const key = forms.join('\u0000');
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    if (!this.raw) return null;
    for (const form of new Set(forms)) {
      if (!form) continue;
      const at = nthIndex(this.raw, form, n);
      const found = at >= 0 ? at : this.raw.indexOf(form);
      if (found >= 0) return this.raw.slice(0, found).split('\n').length;
    }
    return null;
  }
}

/** 1-based line of the first of `needles` (in order of preference) found in `raw`, or null. */
export function lineOfFirst(raw: unknown, needles: readonly string[]): number | null {
  return typeof raw === 'string' ? new SourceLines(raw).next(needles) : null;
}

/**
 * The forms an attribute value may be written in: as the parser read it, and
 * with `&` as `&amp;` (HTML written by hand or copied from an embed code).
 */
export function attributeForms(value: string): string[] {
  return value.includes('&') ? [value, value.replace(/&/g, '&amp;')] : [value];
}
