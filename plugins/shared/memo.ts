// A per-process cache for pure, costly functions of text (KaTeX, YAML, dotenv,
// highlighting): the same formula or file block recurs across many notes, and
// `hexo server` renders the same note again on every edit. Bounded by count so
// a long-running server does not grow without end; the oldest entry goes first.
// Only results go in, never per-note state: callers still report warnings for
// every note from the cached result.
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value for `key`, computing and storing it on a miss. */
  get(key: string, compute: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}

/**
 * The same text as one flat string. Markup built by concatenation (KaTeX,
 * highlight.js) is a rope in V8, walked piece by piece each time it is copied
 * into a note; a cached result is copied into many notes, so it is flattened
 * once, when cached (reading a character makes V8 flatten it in place).
 */
export function flatString(text: string): string {
  text.charCodeAt(0);
  return text;
}
