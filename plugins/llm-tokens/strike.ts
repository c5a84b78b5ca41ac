// `<s>` and `</s>` are the sentence tokens of many models and also HTML's
// strikethrough: "句子以 <s> 开始，以 </s> 结束" strikes through "开始，以". They
// stay HTML (`<s>删除线</s>` is a real strikethrough), and this finds the ones
// that look like tokens, on the note's Markdown read by marked's own lexer (so
// code spans and fences are code, as on the page; formulas are blanked first).
import { Lexer, type Token, type Tokens } from 'marked';
import { scanMath } from '../math/scan';

export interface StrikeWarning {
  /** 1-based line within the Markdown given, null when it could not be placed. */
  line: number | null;
  message: string;
}

const OPEN = /^<s(?:\s[^>]*)?>$/i;
const CLOSE = /^<\/s\s*>$/i;
const QUOTES = `'"‘’“”「」『』`;
/** Cheap test before lexing: most notes have no `<s>` at all. */
const MAY_HAVE = /<\/?s[\s>]/i;

interface Leaf {
  raw: string;
  /** Offset in the Markdown, -1 when marked changed the text (a blockquote's line markers). */
  offset: number;
}

/** Offsets of the leaves, found in order: each search starts after the previous leaf. */
class Cursor {
  private at = 0;
  constructor(private readonly src: string) {}
  locate(raw: string): number {
    const found = raw ? this.src.indexOf(raw, this.at) : -1;
    if (found !== -1) this.at = found + raw.length;
    return found;
  }
}

function hasTokens(token: Token): token is Token & { tokens: Token[] } {
  return 'tokens' in token && Array.isArray(token.tokens);
}

/** The inline leaves of a paragraph, heading or cell, formatting (em, links) flattened. */
function leavesOf(tokens: Token[], cursor: Cursor, out: Leaf[] = []): Leaf[] {
  for (const token of tokens) {
    if (hasTokens(token) && token.type !== 'text') leavesOf(token.tokens, cursor, out);
    else out.push({ raw: token.raw, offset: cursor.locate(token.raw) });
  }
  return out;
}

/** Every run of inline text (paragraphs, headings, list text, table cells), with whether it is a cell. */
function inlineRuns(tokens: Token[], cursor: Cursor, out: { leaves: Leaf[]; cell: boolean }[] = []): typeof out {
  for (const token of tokens) {
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) out.push({ leaves: leavesOf(cell.tokens, cursor), cell: true });
    } else if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) inlineRuns(item.tokens, cursor, out);
    } else if (token.type === 'blockquote') {
      inlineRuns((token as Tokens.Blockquote).tokens, cursor, out);
    } else if (hasTokens(token)) {
      out.push({ leaves: leavesOf(token.tokens, cursor), cell: false });
    } else {
      cursor.locate(token.raw);
    }
  }
  return out;
}

/** Why the tag at `i` looks like a token, or null for a strikethrough. */
function tokenReason(leaves: Leaf[], i: number, cell: boolean, balanced: boolean): string | null {
  const open = OPEN.test(leaves[i]?.raw ?? '');
  const before = leaves[i - 1]?.raw ?? '';
  const after = leaves[i + 1]?.raw ?? '';
  if (before && after && QUOTES.includes(before.slice(-1)) && QUOTES.includes(after.charAt(0))) return 'it stands alone in quotes';
  if (cell && leaves.every((leaf, k) => k === i || !leaf.raw.trim())) return 'it stands alone in a table cell';
  if (!balanced) return open ? 'no </s> closes it in its paragraph' : 'no <s> opens it in its paragraph';
  if (open && /^\s/.test(after)) return 'a space follows it';
  if (!open && /\s$/.test(before)) return 'a space comes before it';
  return null;
}

/** Indexes of the `<s>` / `</s>` leaves that have no partner in the run. */
function unbalanced(leaves: Leaf[]): Set<number> {
  const opens: number[] = [];
  const lone = new Set<number>();
  leaves.forEach((leaf, i) => {
    if (OPEN.test(leaf.raw)) opens.push(i);
    else if (CLOSE.test(leaf.raw) && opens.pop() === undefined) lone.add(i);
  });
  for (const i of opens) lone.add(i);
  return lone;
}

function message(tag: string, reason: string): string {
  const effect = tag === '<s>' ? 'it strikes through the text after it' : 'it is not shown';
  const entity = tag.replace('<', '&lt;').replace('>', '&gt;');
  return `${tag} looks like a token, but it is HTML's strikethrough and ${effect} (${reason}); to show it as text write \`${tag}\` or ${entity}`;
}

/** `text` with its formulas blanked out (line breaks kept, so offsets and lines stay). */
function withoutMath(text: string, dollars: boolean): string {
  let out = '';
  let at = 0;
  for (const span of scanMath(text, { dollars }).spans) {
    out += text.slice(at, span.start) + text.slice(span.start, span.end).replace(/[^\n]/g, ' ');
    at = span.end;
  }
  return out + text.slice(at);
}

/** The `<s>` / `</s>` tags of a note's Markdown that look like tokens, with their lines. */
export function strikeTokenWarnings(markdown: string, options: { gfm?: boolean; dollars?: boolean } = {}): StrikeWarning[] {
  if (!MAY_HAVE.test(markdown)) return [];
  const src = withoutMath(markdown.replace(/\r\n?/g, '\n'), options.dollars !== false);
  const cursor = new Cursor(src);
  const warnings: StrikeWarning[] = [];
  for (const { leaves, cell } of inlineRuns(new Lexer({ gfm: options.gfm !== false }).lex(src), cursor)) {
    const lone = unbalanced(leaves);
    leaves.forEach((leaf, i) => {
      if (!OPEN.test(leaf.raw) && !CLOSE.test(leaf.raw)) return;
      const reason = tokenReason(leaves, i, cell, !lone.has(i));
      if (reason === null) return;
      const line = leaf.offset === -1 ? null : src.slice(0, leaf.offset).split('\n').length;
      warnings.push({ line, message: message(OPEN.test(leaf.raw) ? '<s>' : '</s>', reason) });
    });
  }
  return warnings;
}
