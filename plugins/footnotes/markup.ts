// Footnotes as marked reads them (marked-footnote: `[^1]`, `[^name]`, definitions
// anywhere in the note), rendered as the theme's markup: numbered references
// `<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>`, a
// second reference to the same note `fnref-1-2`, and one `<section
// class="footnotes">` at the end whose back-links return to each reference.
import markedFootnote from 'marked-footnote';
// marked-footnote's types resolve marked as ESM; ours the same, so they are one type.
import type { MarkedExtension, Token } from 'marked' with { 'resolution-mode': 'import' };
import { escapeHtml } from '../shared/html';

export type Translate = (key: string) => string;

interface FootnoteRef {
  type: 'footnoteRef';
  /** 0 for the first reference to a note, 1 for the second… */
  index: number;
  /** The note's number, in order of first reference. */
  id: string;
  label: string;
}

interface Footnote {
  label: string;
  refs: FootnoteRef[];
  content: Token[];
}

export function refId(ref: Pick<FootnoteRef, 'id' | 'index'>): string {
  return `fnref-${ref.id}${ref.index > 0 ? `-${ref.index + 1}` : ''}`;
}

function backLinks(refs: readonly FootnoteRef[], t: Translate): string {
  return refs
    .map((ref) => {
      const n = ref.index > 0 ? `<sup>${ref.index + 1}</sup>` : '';
      return ` <a href="#${refId(ref)}" class="footnote-backref" aria-label="${escapeHtml(t('footnote_back'))} ${escapeHtml(ref.id)}${ref.index > 0 ? `-${ref.index + 1}` : ''}">↩${n}</a>`;
    })
    .join('');
}

/** marked-footnote's tokens, our renderers over its own. */
export function footnoteExtensions(t: Translate): MarkedExtension[] {
  const ours: MarkedExtension = {
    extensions: [
      {
        name: 'footnoteRef',
        level: 'inline',
        renderer(token) {
          const ref = token as unknown as FootnoteRef;
          return `<sup class="footnote-ref"><a href="#fn-${escapeHtml(ref.id)}" id="${escapeHtml(refId(ref))}">${escapeHtml(ref.id)}</a></sup>`;
        },
      },
      {
        name: 'footnotes',
        level: 'block',
        renderer(token) {
          const items = (token as unknown as { items: Footnote[] }).items;
          if (items.length === 0) return '';
          const list = items.map((item) => {
            const id = item.refs[0]?.id ?? '';
            const body = this.parser.parse(item.content).trimEnd();
            const links = backLinks(item.refs, t);
            const inner = body.endsWith('</p>') ? `${body.slice(0, -4)}${links}</p>` : `${body}${links}`;
            return `<li id="fn-${escapeHtml(id)}">${inner}</li>\n`;
          });
          return `<section class="footnotes" aria-label="${escapeHtml(t('footnotes'))}">\n<ol>\n${list.join('')}</ol>\n</section>\n`;
        },
      },
    ],
  };
  return [markedFootnote(), ours];
}
