// Where things end, for the formula scanner (scan.ts): code blocks, code spans,
// the `$` or `$$` that closes a formula, and how a formula sits on its line.
// Pure functions of the note's text.
import { findFences, splitLines } from '../shared/fences';

/** The note's text with its code blocks, which no formula crosses. */
export interface Source {
  text: string;
  /** Fenced and indented code blocks as start offset → end offset (see codeBlocks). */
  blocks: Map<number, number>;
  /** The start of the line holding an offset (see lineStarts). */
  lineStart(offset: number): number;
}

export function readSource(text: string): Source {
  return { text, blocks: codeBlocks(text), lineStart: lineStarts(text) };
}

/** Only container markers (`>`, list markers) and spaces: what may precede a block formula on its line. */
const LINE_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*$/;

/** Offsets covered by fenced and indented code blocks, as [start, end) pairs keyed by start. */
export function codeBlocks(text: string): Map<number, number> {
  const blocks = new Map<number, number>();
  const fences = findFences(text);
  for (const fence of fences) blocks.set(fence.start, fence.end);
  let fenceIndex = 0;
  let prevBlank = true;
  let codeStart: number | null = null;
  let listIndent: number | null = null;
  for (const line of splitLines(text)) {
    const fence = fences[fenceIndex];
    if (fence && line.start >= fence.start) {
      if (line.start < fence.end) {
        prevBlank = false;
        codeStart = null;
        continue;
      }
      fenceIndex++;
    }
    if (!line.text.trim()) {
      prevBlank = true;
      continue;
    }
    const indent = (/^[ \t]*/.exec(line.text)?.[0] ?? '').replace(/\t/g, '    ').length;
    if ((prevBlank || codeStart !== null) && indent >= (listIndent ?? 0) + 4) {
      // Indented code; blank lines between its lines belong to it.
      codeStart ??= line.start;
      blocks.set(codeStart, line.next);
      prevBlank = false;
      continue;
    }
    codeStart = null;
    listIndent = nextListIndent(line.text, indent, prevBlank, listIndent);
    prevBlank = false;
  }
  return blocks;
}

/** The content indent of the list a line opens or continues; null once a paragraph leaves the list. */
function nextListIndent(line: string, indent: number, prevBlank: boolean, listIndent: number | null): number | null {
  const item = /^( *)([-*+]|\d{1,9}[.)])( +|$)/.exec(line);
  if (item) {
    const gap = (item[3] ?? '').length;
    return (item[1] ?? '').length + (item[2] ?? '').length + (gap > 4 || gap === 0 ? 1 : gap);
  }
  return prevBlank && indent < (listIndent ?? 0) ? null : listIndent;
}

function isBlankLine(text: string, lineStart: number): boolean {
  const nl = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  return /^(?:[ \t]*>)*[ \t\r]*$/.test(line);
}

/** The characters LINE_PREFIX is made of, matched from a line's start (`y`). */
const PREFIX_CHARS_AT = /[ \t>\d.)*+-]*/y;
const QUOTES_AT = /(?:[ \t]*>)*/y;

/**
 * The start of the line holding an offset, for offsets that never decrease: a
 * long line holding thousands of formulas is scanned once, not once per formula.
 */
function lineStarts(text: string): (offset: number) => number {
  let at = 0;
  let start = 0;
  return (offset) => {
    if (offset < at) return text.lastIndexOf('\n', offset - 1) + 1;
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) start = nl + 1;
    at = offset;
    return start;
  };
}

/**
 * LINE_PREFIX on text[from, to), copied only when it is made of prefix
 * characters: in a paragraph the first letter ends the look, however long the line.
 */
function isLinePrefix(text: string, from: number, to: number): boolean {
  PREFIX_CHARS_AT.lastIndex = from;
  const run = PREFIX_CHARS_AT.exec(text)?.[0].length ?? 0;
  return run >= to - from && LINE_PREFIX.test(text.slice(from, to));
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

/** True when only container markers and spaces precede `offset` on its line. */
export function opensLine(src: Source, offset: number): boolean {
  return isLinePrefix(src.text, src.lineStart(offset), offset);
}

/** True when only container markers precede `start` on its line and only spaces follow `end`. */
export function standsAlone(src: Source, start: number, end: number): boolean {
  return opensLine(src, start) && !src.text.slice(end, lineEndOf(src.text, end)).trim();
}

/** How many blockquote markers open the line `offset` is on. */
export function quoteDepthAt(src: Source, offset: number): number {
  const start = src.lineStart(offset);
  QUOTES_AT.lastIndex = start;
  const markers = QUOTES_AT.exec(src.text)?.[0].slice(0, offset - start) ?? '';
  return (markers.match(/>/g) ?? []).length;
}

/** Removes the blockquote markers that continuation lines of a formula carry. */
export function stripQuoteMarkers(tex: string, depth: number): string {
  if (depth === 0 || !tex.includes('\n')) return tex;
  const marker = new RegExp(`\\n[ \\t]*(?:>[ \\t]?){0,${depth}}`, 'g');
  return tex.replace(marker, '\n');
}

/** End of a code span opened at `i` by `run` backticks, or -1 (then the backticks are text). */
export function codeSpanEnd(text: string, i: number, run: number): number {
  let j = i + run;
  while (j < text.length) {
    const c = text[j];
    if (c === '\n' && isBlankLine(text, j + 1)) return -1;
    if (c === '`') {
      let k = j;
      while (text[k] === '`') k++;
      if (k - j === run) return k;
      j = k;
      continue;
    }
    j++;
  }
  return -1;
}

/** Offset of the `$` closing single-dollar math opened at `i`, or -1. */
export function inlineClose(src: Source, i: number, braces: boolean): number {
  const { text, blocks } = src;
  let depth = 0;
  // Unbalanced braces: fall back to the first plausible closing `$`, so that a
  // typo shows as a formula error rather than as silent text.
  const giveUp = (): number => (braces && depth > 0 ? inlineClose(src, i, false) : -1);
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (blocks.has(j)) return giveUp();
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '\n' && isBlankLine(text, j + 1)) return giveUp();
    if (braces && c === '{') depth++;
    else if (braces && c === '}') depth = Math.max(0, depth - 1);
    else if (c === '$' && depth === 0) return closesInline(text, i, j) ? j : -1;
  }
  return giveUp();
}

/** Pandoc's rule for the `$` at `j` closing math opened at `i`: a non-space before it, no digit after it. */
function closesInline(text: string, i: number, j: number): boolean {
  const before = text[j - 1] ?? ' ';
  const after = text[j + 1] ?? '';
  return j > i + 1 && !/\s/.test(before) && !/[0-9]/.test(after);
}

/** Offset of the `$$` closing display math opened at `i`, or -1. */
export function displayClose({ text, blocks }: Source, i: number, acrossBlankLines: boolean): number {
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j];
    if (blocks.has(j)) return -1;
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '\n' && !acrossBlankLines && isBlankLine(text, j + 1)) return -1;
    if (c === '$' && text[j + 1] === '$') return j;
  }
  return -1;
}

/**
 * Offset of the `closer` (`\)`, `\]`, `\end{…}`) of math opened at `i`, or -1:
 * within the paragraph, as arithmatex reads them. An escaped backslash (`\\`) is skipped, so `\\)` does not close.
 */
export function backslashClose(src: Source, i: number, closer: '\\)' | '\\]' | `\\end{${string}}`): number {
  const { text, blocks } = src;
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j];
    if (blocks.has(j)) return -1;
    if (c === '\n' && isBlankLine(text, j + 1)) return -1;
    if (c !== '\\') continue;
    if (text.startsWith(closer, j)) return j;
    if (text[j + 1] === '\\') j++;
  }
  return -1;
}
