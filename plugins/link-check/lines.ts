// A link's line in its note's source (shared/source-lines.ts): marked may have
// encoded the href (`#中文` → `#%E4%B8%AD%E6%96%87`), so the decoded form is tried too.
import { SourceLines } from '../shared/source-lines';

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Finds lines of links in one note's source, counting repeated hrefs in order. */
export class LinkLines {
  private readonly lines: SourceLines;

  constructor(raw: string | undefined) {
    this.lines = new SourceLines(raw);
  }

  /** 1-based line of this href's next occurrence, or null when the source does not contain it. */
  next(href: string): number | null {
    return this.lines.next([href, safeDecode(href)]);
  }
}
