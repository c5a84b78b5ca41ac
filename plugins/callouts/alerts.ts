// Callouts marked reads: GitHub alerts (`> [!NOTE]`, found by marked-alert) with
// an optional title after the marker, and quotes that start with a Chinese
// label (`> 注：…`). Both become marked-alert's `alert` token, rendered here with
// the callout markup of kinds.ts.
import markedAlert from 'marked-alert';
// marked-alert's types resolve marked as ESM; ours the same, so they are one type.
import type { MarkedExtension, Token, Tokens } from 'marked' with { 'resolution-mode': 'import' };
import { CHINESE_LABELS, calloutClose, calloutOpen, type Translate } from './kinds';

export interface AlertOptions {
  t: Translate;
  /** `callouts.chinese_labels`: `> 注：` quotes become callouts. */
  chineseLabels: boolean;
}

interface AlertToken {
  type: 'alert';
  meta: { variant: string };
  tokens: Token[];
}

const LABEL = new RegExp(`^(${Object.keys(CHINESE_LABELS).sort((a, b) => b.length - a.length).join('|')})[：:][ \\t]*\\n?`);

/** Takes the first line of the first paragraph (what followed `[!NOTE]` on its line) out of the tokens. */
export function takeTitle(tokens: Token[]): Token[] | null {
  const paragraph = tokens[0];
  if (paragraph?.type !== 'paragraph') return null;
  const inline = (paragraph as Tokens.Paragraph).tokens;
  const first = inline[0];
  // marked-alert leaves the text after the marker; a title is on the marker's line.
  if (first?.type !== 'text' || !/^[ \t]/.test(first.raw)) return null;
  const title: Token[] = [];
  while (inline.length > 0) {
    const token = inline[0];
    if (!token) break;
    const nl = token.type === 'text' ? (token as Tokens.Text).text.indexOf('\n') : -1;
    if (nl === -1) {
      title.push(token);
      inline.shift();
      continue;
    }
    const text = token as Tokens.Text;
    title.push({ ...text, text: text.text.slice(0, nl), raw: text.raw.slice(0, text.raw.indexOf('\n')) });
    text.text = text.text.slice(nl + 1);
    text.raw = text.raw.slice(text.raw.indexOf('\n') + 1);
    break;
  }
  if (inline.length === 0) tokens.shift();
  const firstTitle = title[0];
  if (firstTitle?.type === 'text') (firstTitle as Tokens.Text).text = (firstTitle as Tokens.Text).text.trimStart();
  return title.some((tk) => tk.raw.trim() !== '') ? title : null;
}

/** A quote starting with `注：`, `提示：`, `警告：` or `注意：` becomes the matching alert. */
function chineseLabel(token: Token): void {
  if (token.type !== 'blockquote') return;
  const paragraph = (token as Tokens.Blockquote).tokens[0];
  if (paragraph?.type !== 'paragraph') return;
  const first = (paragraph as Tokens.Paragraph).tokens[0];
  if (first?.type !== 'text') return;
  const m = LABEL.exec((first as Tokens.Text).text);
  const kind = m ? CHINESE_LABELS[m[1] ?? ''] : undefined;
  if (!m || !kind) return;
  const text = first as Tokens.Text;
  text.text = text.text.slice(m[0].length);
  text.raw = text.raw.replace(LABEL, '');
  Object.assign(token, { type: 'alert', meta: { variant: kind } });
}

/** The extensions to `marked.use`, in order: marked-alert first, ours over it. */
export function alertExtensions(options: AlertOptions): MarkedExtension[] {
  const ours: MarkedExtension = {
    extensions: [
      {
        name: 'alert',
        level: 'block',
        renderer(token) {
          const alert = token as unknown as AlertToken;
          const kind = alert.meta.variant;
          const title = takeTitle(alert.tokens);
          const titleHtml = title ? this.parser.parseInline(title) : null;
          return `${calloutOpen(kind, titleHtml, options.t)}\n${this.parser.parse(alert.tokens)}${calloutClose(kind)}\n`;
        },
      },
    ],
  };
  if (options.chineseLabels) ours.walkTokens = chineseLabel;
  return [markedAlert(), ours];
}
