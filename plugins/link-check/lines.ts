// Hexo keeps no source position for a rendered link, so a link's line is found
// by searching the note's Markdown (its whole file, front matter included, so
// the line is the file's) for the href as written: the n-th link with an href
// is taken to be its n-th occurrence in the source. marked may have encoded
// the href (`#中文` → `#%E4%B8%AD%E6%96%87`), so the decoded form is tried too.

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function nthIndex(raw: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = raw.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Finds lines of links in one note's source, counting repeated hrefs in order. */
export class LinkLines {
  private readonly seen = new Map<string, number>();

  constructor(private readonly raw: string | undefined) {}

  /** 1-based line of this href's next occurrence, or null when the source does not contain it. */
  next(href: string): number | null {
    const n = this.seen.get(href) ?? 0;
    this.seen.set(href, n + 1);
    if (!this.raw) return null;
    for (const form of new Set([href, safeDecode(href)])) {
      const at = nthIndex(this.raw, form, n);
      const found = at >= 0 ? at : this.raw.indexOf(form);
      if (found >= 0) return this.raw.slice(0, found).split('\n').length;
    }
    return null;
  }
}
