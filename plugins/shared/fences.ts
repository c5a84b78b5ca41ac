// Fenced code blocks in a note's Markdown, found the way Hexo's highlighter
// (before_post_render) and marked see them: ``` or ~~~ runs of 3+, after optional
// blockquote markers, list markers or indentation; closed by a run of the same
// character at least as long; an unclosed fence runs to the end of the note.
// Features that rewrite Markdown text (math, mermaid) use it to leave code alone.

const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mkd', '.mkdn', '.mdwn', '.mdtxt', '.mdtext'];

/** Whether a post's source file is Markdown (the only kind whose text these features rewrite). */
export function isMarkdownSource(source: string): boolean {
  const lower = source.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface Fence {
  /** Offset of the opening line. */
  start: number;
  /** Offset just after the closing line (its newline included), or the text's end. */
  end: number;
  /** What precedes the fence marker on the opening line: `> `, `- `, indentation. */
  prefix: string;
  /** The opening run, e.g. ``` or ~~~~. */
  marker: string;
  /** The info string, trimmed (language and caption). */
  info: string;
  /** The lines between the fences, container prefix removed, without the last newline. */
  body: string;
  closed: boolean;
  /** 1-based line of the opening fence within the text. */
  line: number;
}

const OPENING = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*)(`{3,}|~{3,})(.*)$/;

interface Line {
  text: string;
  start: number;
  /** Offset after the line's newline. */
  next: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start, next: nl === -1 ? text.length : nl + 1 });
    start = nl === -1 ? text.length : nl + 1;
  }
  return lines;
}

/** Blockquote depth (`>` markers) of a container prefix. */
function quoteDepth(prefix: string): number {
  return (prefix.match(/>/g) ?? []).length;
}

/** Removes a body line's container prefix: the opening line's `>` markers and indentation. */
function stripContainer(line: string, depth: number, indent: number): string {
  let rest = line;
  for (let i = 0; i < depth; i++) {
    const m = /^[ \t]*>[ \t]?/.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  const spaces = /^ */.exec(rest)?.[0].length ?? 0;
  return rest.slice(Math.min(spaces, indent));
}

export function findFences(text: string): Fence[] {
  const lines = splitLines(text);
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    if (!open) continue;
    const m = OPENING.exec(open.text);
    if (!m) continue;
    const prefix = m[1] ?? '';
    const marker = m[2] ?? '';
    const info = (m[3] ?? '').trim();
    // A backtick fence's info string cannot contain backticks (it would be a code span).
    if (marker.startsWith('`') && info.includes('`')) continue;
    const depth = quoteDepth(prefix);
    const indent = prefix.replace(/^(?:[ \t]*>[ \t]?)*/, '').length;
    const closing = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j]?.text ?? '')) j++;
    const closed = j < lines.length;
    const bodyLines = lines.slice(i + 1, j).map((line) => stripContainer(line.text, depth, indent));
    const last = closed ? lines[j] : lines[lines.length - 1];
    fences.push({
      start: open.start,
      end: last ? last.next : open.next,
      prefix,
      marker,
      info,
      body: bodyLines.join('\n'),
      closed,
      line: i + 1,
    });
    i = j;
  }
  return fences;
}
