// Raw HTML as marked passes it through, with every tag that is no element
// (a model's special token: `<think>`, `</think>`, `<eos>`, `<think foo="x">`)
// turned into text that shows exactly what the author wrote. The tags are found
// by htmlparser2's tokenizer, as post-dom's parser would find them: comments,
// and the content of <script>, <style>, <textarea> and <title>, hold no tags.
import { Tokenizer } from 'htmlparser2';
import { escapeHtml } from '../shared/html';
import { IGNORE_TOKENS } from '../shared/tokenizer';
import { isForeignRoot, isMarkupName } from './elements';

export interface TagSpan {
  /** Offsets of the whole tag, from `<` to after `>`. */
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** Every complete start, end and self-closing tag of `html`, in order. */
export function tagSpans(html: string): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: { start: number; name: string } | null = null;
  const finishOpen = (gt: number, selfClosing: boolean): void => {
    if (open) spans.push({ start: open.start, end: gt + 1, name: open.name, closing: false, selfClosing });
    open = null;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ...IGNORE_TOKENS,
      onopentagname: (start, end) => {
        open = { start: html.lastIndexOf('<', start), name: html.slice(start, end) };
      },
      onopentagend: (gt) => finishOpen(gt, false),
      onselfclosingtag: (gt) => finishOpen(gt, true),
      onclosetag: (start, end) => {
        const gt = html.indexOf('>', end);
        if (gt !== -1) spans.push({ start: html.lastIndexOf('<', start), end: gt + 1, name: html.slice(start, end), closing: true, selfClosing: false });
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return spans;
}

/**
 * Escapes the token tags of one document's raw HTML, piece by piece in document
 * order (marked hands over one tag of a paragraph at a time): it remembers when
 * a piece opened `<svg>` or `<math>`, inside which every name is left alone.
 */
export class TokenTagEscaper {
  private foreignDepth = 0;

  escape(html: string): string {
    if (!html.includes('<')) return html;
    let out = '';
    let at = 0;
    for (const span of tagSpans(html)) {
      if (this.isToken(span)) {
        out += html.slice(at, span.start) + escapeHtml(html.slice(span.start, span.end));
        at = span.end;
      }
    }
    return at === 0 ? html : out + html.slice(at);
  }

  private isToken(span: TagSpan): boolean {
    if (isForeignRoot(span.name) && !span.selfClosing) {
      this.foreignDepth = Math.max(0, this.foreignDepth + (span.closing ? -1 : 1));
      return false;
    }
    return this.foreignDepth === 0 && !isMarkupName(span.name);
  }
}
