// Finished markup that no transform needs to see (KaTeX's output: about seven
// tenths of a math-heavy note's HTML) is kept out of the note's one parse: the
// note carries a short placeholder through Markdown and the DOM, and the markup
// is put back into the serialised HTML. Parsing, walking and re-serialising it
// for nothing was the largest single cost of a build.
import crypto from 'node:crypto';

//
// A placeholder is plain text to marked: a private-use mark, hex digits, a dot
// and digits. No `<`, backtick, bracket, `*`, `_` or backslash, which marked's
// inline lexer masks one match at a time (it rebuilds the paragraph's copy
// for each, so a paragraph of 20,000 inline formulas written as <span> tags cost
// a time quadratic in their number).

const CLOSE = '\uE001';

/** Placeholders expanded after the note's one parse (the KaTeX markup inside a formula). */
export const AFTER_PARSE = '\uE000';
/** Placeholders expanded before it (an inline formula's outer element, which readers see). */
export const BEFORE_PARSE = '\uE002';

export class DeferredHtml {
  // A private-use mark and a nonce per process: no author's text can look like a placeholder.
  private readonly nonce = crypto.randomBytes(6).toString('hex');
  private readonly parts = new WeakMap<object, string[]>();
  /** What stands in an attribute value (a heading's title, an image's alt) instead of the markup. */
  private readonly plain = new WeakMap<object, string[]>();

  constructor(private readonly open: string = AFTER_PARSE) {}

  /** Sets `html` aside for the document `owner` and returns the text that stands for it. */
  defer(owner: object, html: string, plain = ''): string {
    let list = this.parts.get(owner);
    if (!list) this.parts.set(owner, (list = []));
    let texts = this.plain.get(owner);
    if (!texts) this.plain.set(owner, (texts = []));
    list.push(html);
    texts.push(plain);
    return `${this.open}${this.nonce}.${list.length - 1}${CLOSE}`;
  }

  /**
   * `text` with the owner's placeholders replaced by the markup they stand for;
   * with `attributes`, a placeholder inside a tag (marked copies a heading's or
   * an image's text into `title` / `alt`) gets its plain text instead.
   */
  expand(owner: object, text: string, attributes = false): string {
    const list = this.parts.get(owner);
    if (!list) return text;
    const texts = this.plain.get(owner) ?? [];
    // Split at the marks rather than a regex with a callback: notes hold thousands of formulas.
    const pieces = text.split(this.open);
    if (pieces.length === 1) return text;
    const prefix = `${this.nonce}.`;
    const out: string[] = [pieces[0] ?? ''];
    let inTag = attributes && insideTag(pieces[0] ?? '', false);
    for (let i = 1; i < pieces.length; i++) {
      const piece = pieces[i] ?? '';
      const end = piece.indexOf(CLOSE);
      const index = end > prefix.length && piece.startsWith(prefix) ? piece.slice(prefix.length, end) : '';
      const at = /^\d+$/.test(index) ? Number(index) : -1;
      const html = inTag ? texts[at] : list[at];
      const rest = html === undefined ? piece : piece.slice(end + CLOSE.length);
      out.push(html === undefined ? this.open + piece : html + rest);
      if (attributes) inTag = insideTag(rest, inTag);
    }
    return out.join('');
  }

  /** Forgets the owner's markup once its document is finished. */
  release(owner: object): void {
    this.parts.delete(owner);
  }
}

/**
 * Whether the end of `html` is inside a tag, given whether its start was: the
 * last `<` or `>` decides. Text and attribute values hold `&lt;` / `&gt;` (marked
 * escapes them), so one look at each piece keeps the expansion linear.
 */
function insideTag(html: string, before: boolean): boolean {
  const lt = html.lastIndexOf('<');
  const gt = html.lastIndexOf('>');
  return lt === gt ? before : lt > gt;
}
