// Fenced code blocks in a note's Markdown, found the way the page is really made:
// first Hexo's fence filter (before_post_render, priority 10) replaces the fences
// its regular expression matches with highlighted blocks; marked then reads what
// is left, where more fences are code to it (an unclosed fence, a `1)` list item,
// a closing run longer than the opening one, ...). Features that rewrite Markdown
// (code-files, math, mermaid) use this one scanner, so what they take over or
// leave alone is exactly what the reader gets as code.

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
  /** The info string, trimmed, without Hexo's `key:value` options (language and caption). */
  info: string;
  /** The info string as written, Hexo's options (`mark:1,3`) included. */
  rawInfo: string;
  /** `highlight:false` in the info string: Hexo leaves the fence to marked. */
  highlightOff: boolean;
  /** Hexo's fence filter turns this block into a highlighted one (else marked renders it). */
  highlighted: boolean;
  /** The lines between the fences, container prefix (`>` markers, list indentation) removed, without the last newline. */
  body: string;
  closed: boolean;
  /** 1-based line of the opening fence within the text. */
  line: number;
}

// Copied from Hexo 8.1.2 (hexo/dist/plugins/filter/before_post_render/backtick_code_block.js:
// rBacktick, rCommentEscape, rAdditionalOptions); test/plugins/shared/fences.test.ts
// checks the agreement against Hexo's filter.
const HEXO_FENCE = /^((?:(?:[^\S\r\n]*>){0,3}|[-*+]|[0-9]+\.)[^\S\r\n]*)(`{3,}|~{3,})[^\S\r\n]*((?:.*?[^`\s])?)[^\S\r\n]*\n((?:[\s\S]*?\n)?)(?:(?:[^\S\r\n]*>){0,3}[^\S\r\n]*)\2[^\S\r\n]?(\n+|$)/gm;
const COMMENT = /<!--[\s\S]*?-->/g;
const OPTIONS = /\s((?:line_number|line_threshold|first_line|wrap|mark|language_attr|highlight):\S+)/g;

// CommonMark's fences as marked reads them, after optional blockquote markers,
// list markers or indentation.
const OPENING = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*)(`{3,}|~{3,})(.*)$/;

export interface Line {
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

/** Spaces of list indentation the body loses (CommonMark), after `>` markers. */
function innerIndent(prefix: string): number {
  return prefix.replace(/^(?:[ \t]*>[ \t]?)*/, '').length;
}

function dedent(text: string, indent: number): string {
  return indent > 0 ? text.replace(new RegExp(`^ {1,${indent}}`, 'gm'), '') : text;
}

/** The fences Hexo's filter matches, and the stretches it consumes inside HTML comments (left as text). */
function hexoFences(text: string): { fences: Fence[]; consumed: Array<[number, number]> } {
  const fences: Fence[] = [];
  const consumed: Array<[number, number]> = [];
  const comments = [...text.matchAll(COMMENT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  let line = 1;
  let lineAt = 0;
  for (const m of text.matchAll(HEXO_FENCE)) {
    const start = m.index;
    // Hexo swallows the blank lines after the fence; they stay outside the block here.
    const trailing = m[5] ?? '';
    const end = start + m[0].length - Math.max(0, trailing.length - 1);
    if (comments.some(([from, to]) => from < start && to > start + m[0].length)) {
      consumed.push([start, end]);
      continue;
    }
    const prefix = m[1] ?? '';
    const rawInfo = m[3] ?? '';
    let body = (m[4] ?? '').replace(/\n$/, '');
    if (prefix.includes('>')) {
      // As Hexo does (its PR #3765): drop the quote markers of the fence's depth.
      const depth = prefix.split('>').length - 1;
      body = body.replace(new RegExp(`^([^\\S\\r\\n]*>){0,${depth}}([^\\S\\r\\n]|$)`, 'mg'), '');
    }
    const highlightOff = [...rawInfo.matchAll(OPTIONS)].some((o) => o[1] === 'highlight:false');
    for (let i = text.indexOf('\n', lineAt); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
    lineAt = start;
    consumed.push([start, end]);
    fences.push({
      start,
      end,
      prefix,
      marker: m[2] ?? '',
      info: rawInfo.replace(OPTIONS, '').trim(),
      rawInfo: rawInfo.trim(),
      highlightOff,
      highlighted: !highlightOff,
      body: dedent(body, innerIndent(prefix)),
      closed: true,
      line,
    });
  }
  return { fences, consumed };
}

/** The line without up to `depth` leading `>` markers, and whether all of them were there. */
function dropQuotes(line: string, depth: number): { rest: string; all: boolean } {
  let rest = line;
  for (let i = 0; i < depth; i++) {
    const m = /^[ \t]*>[ \t]?/.exec(rest);
    if (!m) return { rest, all: false };
    rest = rest.slice(m[0].length);
  }
  return { rest, all: true };
}

function leadingSpaces(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}

/** Removes a body line's container prefix: the opening line's `>` markers and indentation. */
function stripContainer(line: string, depth: number, indent: number): string {
  const { rest } = dropQuotes(line, depth);
  return rest.slice(Math.min(leadingSpaces(rest), indent));
}

/** Whether a line is still inside the container (`depth` quote levels, `indent` spaces of list item) of a fence. */
function continues(line: string, depth: number, indent: number): boolean {
  const { rest, all } = dropQuotes(line, depth);
  return all && (indent === 0 || rest.trim() === '' || leadingSpaces(rest) >= indent);
}

/** The fences marked finds among `lines` (text Hexo's filter left alone). */
function markedFences(lines: Line[], firstLine: number): Fence[] {
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    if (!open) continue;
    const m = OPENING.exec(open.text);
    if (!m) continue;
    const prefix = m[1] ?? '';
    const marker = m[2] ?? '';
    const rawInfo = m[3] ?? '';
    // A backtick fence's info string cannot contain backticks (it would be a code span).
    if (marker.startsWith('`') && rawInfo.includes('`')) continue;
    const depth = (prefix.match(/>/g) ?? []).length;
    const indent = innerIndent(prefix);
    const closing = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    // Up to the closing run; a fence in a list item or quote ends with it (fenced code has no lazy lines).
    let j = i + 1;
    let closed = false;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      if (!continues(text, depth, indent)) break;
      if (closing.test(text)) {
        closed = true;
        break;
      }
    }
    const last = closed ? lines[j] : lines[j - 1];
    fences.push({
      start: open.start,
      end: last ? last.next : open.next,
      prefix,
      marker,
      info: rawInfo.replace(OPTIONS, '').trim(),
      rawInfo: rawInfo.trim(),
      highlightOff: false,
      highlighted: false,
      body: lines.slice(i + 1, j).map((line) => stripContainer(line.text, depth, indent)).join('\n'),
      closed,
      line: firstLine + i,
    });
    i = closed ? j : j - 1;
  }
  return fences;
}

/** Every fenced code block of the text, in order: Hexo's highlighted ones and those marked reads. */
export function findFences(text: string): Fence[] {
  if (!text.includes('```') && !text.includes('~~~')) return [];
  const { fences, consumed } = hexoFences(text);
  const lines = splitLines(text);
  const out: Fence[] = [];
  let next = 0;
  let lineIndex = 0;
  // The stretches between Hexo's matches are whole lines: its matches start at a line's start and end after a newline or at the end.
  for (const [from, to] of [...consumed, [text.length, text.length] as [number, number]]) {
    const first = lineIndex;
    while (lineIndex < lines.length && (lines[lineIndex]?.start ?? 0) < from) lineIndex++;
    out.push(...markedFences(lines.slice(first, lineIndex), first + 1));
    const hexo = fences[next];
    if (hexo && hexo.start === from) {
      out.push(hexo);
      next++;
    }
    while (lineIndex < lines.length && (lines[lineIndex]?.start ?? 0) < to) lineIndex++;
  }
  return out;
}
