// Finished markup that no transform needs to see (KaTeX's output: about seven
// tenths of a math-heavy note's HTML) is kept out of the note's one parse: the
// note carries a short placeholder through Markdown and the DOM, and the markup
// is put back into the serialised HTML. Parsing, walking and re-serialising it
// for nothing was the largest single cost of a build.
import crypto from 'node:crypto';

const OPEN = '\uE000';
const CLOSE = '\uE001';

export class DeferredHtml {
  // A private-use mark and a nonce per process: no author's text can look like a placeholder.
  private readonly nonce = crypto.randomBytes(6).toString('hex');
  private readonly parts = new WeakMap<object, string[]>();

  /** Sets `html` aside for the document `owner` and returns the text that stands for it. */
  defer(owner: object, html: string): string {
    let list = this.parts.get(owner);
    if (!list) this.parts.set(owner, (list = []));
    list.push(html);
    return `${OPEN}${this.nonce}.${list.length - 1}${CLOSE}`;
  }

  /** `text` with the owner's placeholders replaced by the markup they stand for. */
  expand(owner: object, text: string): string {
    const list = this.parts.get(owner);
    if (!list) return text;
    // Split at the marks rather than a regex with a callback: notes hold thousands of formulas.
    const pieces = text.split(OPEN);
    if (pieces.length === 1) return text;
    const prefix = `${this.nonce}.`;
    const out: string[] = [pieces[0] ?? ''];
    for (let i = 1; i < pieces.length; i++) {
      const piece = pieces[i] ?? '';
      const end = piece.indexOf(CLOSE);
      const index = end > prefix.length && piece.startsWith(prefix) ? piece.slice(prefix.length, end) : '';
      const html = /^\d+$/.test(index) ? list[Number(index)] : undefined;
      out.push(html === undefined ? OPEN + piece : html + piece.slice(end + CLOSE.length));
    }
    return out.join('');
  }

  /** Forgets the owner's markup once its document is finished. */
  release(owner: object): void {
    this.parts.delete(owner);
  }
}
