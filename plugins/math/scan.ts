// Finds the formulas in a note's Markdown before Nunjucks and Markdown see it:
// `$…$` inline, `$$…$$` display (several lines allowed), and hexo-math's
// `{% mathjax %}…{% endmathjax %}` / `{% katex %}…{% endkatex %}` tags. Code
// (fences, indented blocks, code spans, <pre>/<code>, {% raw %} and
// {% codeblock %}) and HTML comments are never scanned; `\$` is a dollar sign.
//
// A single `$` opens math only when followed by a non-space; it closes only when
// preceded by a non-space and not followed by a digit (pandoc's rule), so
// "$5 and $10" stays text. Inline math may not contain a bare `$` outside braces
// (`\text{… $x$ …}` is fine) nor cross a blank line.
import { findFences, splitLines } from '../shared/fences';

export interface MathSpan {
  /** Offsets of the whole construct, delimiters or tags included. */
  start: number;
  end: number;
  /** The TeX, container markers (`>`) of continuation lines removed. */
  tex: string;
  display: boolean;
  /** Alone on its line(s), so it becomes a block of its own. */
  block: boolean;
  /** 1-based line of the opening delimiter within the scanned text. */
  line: number;
  /** For hexo-math tags: the tag name and its argument text. */
  tag?: { name: 'mathjax' | 'katex'; args: string };
}

/** A tag that could not be read (no end tag): reported, and disarmed so Nunjucks never fails on it. */
export interface MathProblem {
  start: number;
  end: number;
  line: number;
  message: string;
}

export interface ScanResult {
  spans: MathSpan[];
  problems: MathProblem[];
}

const LINE_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*$/;
const RAW_HTML = /^<(pre|code|script|style|textarea|kbd|samp)\b[^>]*>/i;
const HTML_TAG = /^<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?>/;
const AUTOLINK = /^<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*>/;
const LINK_DESTINATION = /^\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/;
const CODE_TAG = /^\{%-?\s*(raw|verbatim|codeblock|code)\b[^%]*%\}/;
const MATH_TAG = /^\{%-?\s*(mathjax|katex)\b((?:[^%]|%(?!\}))*)-?%\}/;

/** Offsets covered by fenced and indented code blocks, as [start, end) pairs keyed by start. */
function codeBlocks(text: string): Map<number, number> {
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
    const item = /^( *)([-*+]|\d{1,9}[.)])( +|$)/.exec(line.text);
    if (item) {
      const gap = (item[3] ?? '').length;
      listIndent = (item[1] ?? '').length + (item[2] ?? '').length + (gap > 4 || gap === 0 ? 1 : gap);
    } else if (prevBlank && indent < (listIndent ?? 0)) {
      listIndent = null;
    }
    prevBlank = false;
  }
  return blocks;
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

function countLines(text: string, offset: number, from: { offset: number; line: number }): number {
  let line = from.line;
  for (let i = from.offset; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  from.offset = offset;
  from.line = line;
  return line;
}

/** Removes the blockquote markers that continuation lines of a formula carry. */
function stripQuoteMarkers(tex: string, depth: number): string {
  if (depth === 0 || !tex.includes('\n')) return tex;
  const marker = new RegExp(`\\n[ \\t]*(?:>[ \\t]?){0,${depth}}`, 'g');
  return tex.replace(marker, '\n');
}

export interface ScanOptions {
  /** Read `$…$` and `$$…$$` (the tags are always read). Default true. */
  dollars?: boolean;
}

export function scanMath(text: string, { dollars = true }: ScanOptions = {}): ScanResult {
  const spans: MathSpan[] = [];
  const problems: MathProblem[] = [];
  const blocks = codeBlocks(text);
  const lineCursor = { offset: 0, line: 1 };
  const n = text.length;

  /** True when only container markers precede `start` on its line and only spaces follow `end`. */
  const lineStartOf = lineStarts(text);
  /** True when only container markers precede `offset` on its line. */
  const prefixOnly = (offset: number): boolean => isLinePrefix(text, lineStartOf(offset), offset);
  const standsAlone = (start: number, end: number): boolean => prefixOnly(start) && !text.slice(end, lineEndOf(text, end)).trim();
  const quoteDepthAt = (offset: number): number => {
    const start = lineStartOf(offset);
    QUOTES_AT.lastIndex = start;
    const markers = QUOTES_AT.exec(text)?.[0].slice(0, offset - start) ?? '';
    return (markers.match(/>/g) ?? []).length;
  };

  /** End of a code span opened at `i` by `run` backticks, or -1 (then the backticks are text). */
  const codeSpanEnd = (i: number, run: number): number => {
    let j = i + run;
    while (j < n) {
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
  };

  /** Offset of the `$` closing single-dollar math opened at `i`, or -1. */
  const inlineClose = (i: number, braces: boolean): number => {
    let depth = 0;
    // Unbalanced braces: fall back to the first plausible closing `$`, so that a
    // typo shows as a formula error rather than as silent text.
    const giveUp = (): number => (braces && depth > 0 ? inlineClose(i, false) : -1);
    for (let j = i + 1; j < n; j++) {
      const c = text[j];
      if (blocks.has(j)) return giveUp();
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '\n' && isBlankLine(text, j + 1)) return giveUp();
      if (braces && c === '{') depth++;
      else if (braces && c === '}') depth = Math.max(0, depth - 1);
      else if (c === '$' && depth === 0) {
        const before = text[j - 1] ?? ' ';
        const after = text[j + 1] ?? '';
        if (j > i + 1 && !/\s/.test(before) && !/[0-9]/.test(after)) return j;
        return -1;
      }
    }
    return giveUp();
  };

  /** Offset of the `$$` closing display math opened at `i`, or -1. */
  const displayClose = (i: number, acrossBlankLines: boolean): number => {
    for (let j = i + 2; j < n; j++) {
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
  };

  let i = 0;
  while (i < n) {
    const blockEnd = blocks.get(i);
    if (blockEnd !== undefined) {
      i = blockEnd;
      continue;
    }
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 0;
      while (text[i + run] === '`') run++;
      const end = codeSpanEnd(i, run);
      i = end === -1 ? i + run : end;
      continue;
    }
    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        i = close === -1 ? n : close + 3;
        continue;
      }
      const html = RAW_HTML.exec(text.slice(i, i + 200));
      if (html) {
        const close = text.toLowerCase().indexOf(`</${(html[1] ?? '').toLowerCase()}`, i + html[0].length);
        i = close === -1 ? i + html[0].length : close;
        continue;
      }
      // Attributes and autolinks are not text: no formula inside a tag.
      const tag = HTML_TAG.exec(text.slice(i, i + 1000)) ?? AUTOLINK.exec(text.slice(i, i + 1000));
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    if (c === ']' && text[i + 1] === '(') {
      // A link's URL and title are not text either.
      const destination = LINK_DESTINATION.exec(text.slice(i, i + 2000));
      if (destination) {
        i += destination[0].length;
        continue;
      }
    }
    if (c === '{' && text[i + 1] === '%') {
      const head = text.slice(i, i + 500);
      const code = CODE_TAG.exec(head);
      if (code) {
        const endTag = new RegExp(`\\{%-?\\s*end${code[1] ?? ''}\\s*-?%\\}`).exec(text.slice(i));
        i = endTag ? i + endTag.index + endTag[0].length : i + code[0].length;
        continue;
      }
      const tag = MATH_TAG.exec(head);
      if (tag) {
        const name = tag[1] === 'katex' ? 'katex' : 'mathjax';
        const bodyStart = i + tag[0].length;
        const endTag = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`).exec(text.slice(bodyStart));
        const line = countLines(text, i, lineCursor);
        if (!endTag) {
          problems.push({ start: i, end: bodyStart, line, message: `{% ${name} %} has no {% end${name} %}` });
          i = bodyStart;
          continue;
        }
        const end = bodyStart + endTag.index + endTag[0].length;
        const args = (tag[2] ?? '').trim();
        spans.push({
          start: i,
          end,
          tex: stripQuoteMarkers(text.slice(bodyStart, bodyStart + endTag.index), quoteDepthAt(i)).trim(),
          display: false,
          block: standsAlone(i, end),
          line,
          tag: { name, args },
        });
        i = end;
        continue;
      }
    }
    if (c === '$' && dollars) {
      if (text[i + 1] === '$') {
        const alone = prefixOnly(i);
        const close = displayClose(i, alone);
        const tex = close === -1 ? '' : text.slice(i + 2, close);
        if (close === -1 || !tex.trim()) {
          i += 2;
          continue;
        }
        spans.push({
          start: i,
          end: close + 2,
          tex: stripQuoteMarkers(tex, quoteDepthAt(i)).trim(),
          display: true,
          block: standsAlone(i, close + 2),
          line: countLines(text, i, lineCursor),
        });
        i = close + 2;
        continue;
      }
      const next = text[i + 1];
      const close = next !== undefined && !/\s/.test(next) ? inlineClose(i, true) : -1;
      if (close === -1) {
        i++;
        continue;
      }
      spans.push({
        start: i,
        end: close + 1,
        tex: stripQuoteMarkers(text.slice(i + 1, close), quoteDepthAt(i)),
        display: false,
        block: false,
        line: countLines(text, i, lineCursor),
      });
      i = close + 1;
      continue;
    }
    i++;
  }
  return { spans, problems };
}
