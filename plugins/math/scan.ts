// Finds the formulas in a note's Markdown before Nunjucks and Markdown see it:
// `$…$` and `\(…\)` inline, `$$…$$`, `\[…\]` and bare `\begin{align}…` display
// (several lines allowed; what ChatGPT, MkDocs' arithmatex and MathJax themes
// read), and hexo-math's `{% mathjax %}…{% endmathjax %}` / `{% katex %}…{% endkatex %}` tags. Code
// (fences, indented blocks, code spans, <pre>/<code>, {% raw %} and
// {% codeblock %}) and HTML comments are never scanned; `\$` is a dollar sign.
//
// A single `$` opens math only when followed by a non-space; it closes only when
// preceded by a non-space and not followed by a digit (pandoc's rule), so
// "$5 and $10" stays text. Inline math may not contain a bare `$` outside braces
// (`\text{… $x$ …}` is fine) nor cross a blank line. `\[…\]` is display math
// (and an environment) only as a block of its own lines (arithmatex's rule) within
// one paragraph, so the escaped brackets of "文献\[1\]" or a line "\[[0,1],[1,0]]" stay text.
import { backslashClose, codeSpanEnd, displayClose, inlineClose, opensLine, quoteDepthAt, readSource, standsAlone, stripQuoteMarkers, type Source } from './delimiters';

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

const RAW_HTML = /^<(pre|code|script|style|textarea|kbd|samp)\b[^>]*>/i;
const HTML_TAG = /^<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?>/;
const AUTOLINK = /^<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*>/;
const LINK_DESTINATION = /^\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/;
const CODE_TAG = /^\{%-?\s*(raw|verbatim|codeblock|code)\b[^%]*%\}/;
const MATH_TAG = /^\{%-?\s*(mathjax|katex)\b((?:[^%]|%(?!\}))*)-?%\}/;

/** One scan: the text, what was found so far, and where line counting stopped. */
interface Scan extends Source {
  dollars: boolean;
  spans: MathSpan[];
  problems: MathProblem[];
  /** Lines are counted forward from the last span found, not from the start each time. */
  lines: { offset: number; line: number };
}

/** The 1-based line of `offset`; offsets must come in increasing order. */
function lineAt(scan: Scan, offset: number): number {
  let { line } = scan.lines;
  for (let i = scan.lines.offset; i < offset; i++) if (scan.text.charCodeAt(i) === 10) line++;
  scan.lines = { offset, line };
  return line;
}

/** A code span is text to skip; unmatched backticks are plain text. */
function skipCodeSpan(text: string, i: number): number {
  let run = 0;
  while (text[i + run] === '`') run++;
  const end = codeSpanEnd(text, i, run);
  return end === -1 ? i + run : end;
}

/** Comments, raw HTML elements (<pre>, <code>, …), tags and autolinks hold no formula. */
function skipHtml(text: string, i: number): number | null {
  if (text.startsWith('<!--', i)) {
    const close = text.indexOf('-->', i + 4);
    return close === -1 ? text.length : close + 3;
  }
  const html = RAW_HTML.exec(text.slice(i, i + 200));
  if (html) {
    const close = text.toLowerCase().indexOf(`</${(html[1] ?? '').toLowerCase()}`, i + html[0].length);
    return close === -1 ? i + html[0].length : close;
  }
  // Attributes and autolinks are not text: no formula inside a tag.
  const tag = HTML_TAG.exec(text.slice(i, i + 1000)) ?? AUTOLINK.exec(text.slice(i, i + 1000));
  return tag ? i + tag[0].length : null;
}

/** A link's URL and title are not text either. */
function skipLinkDestination(text: string, i: number): number | null {
  if (text[i + 1] !== '(') return null;
  const destination = LINK_DESTINATION.exec(text.slice(i, i + 2000));
  return destination ? i + destination[0].length : null;
}

/** `{% raw %}`/`{% codeblock %}`… are skipped to their end tag; `{% mathjax %}`/`{% katex %}` are read. */
function readTag(scan: Scan, i: number): number | null {
  const { text } = scan;
  if (text[i + 1] !== '%') return null;
  const head = text.slice(i, i + 500);
  const code = CODE_TAG.exec(head);
  if (code) {
    const endTag = new RegExp(`\\{%-?\\s*end${code[1] ?? ''}\\s*-?%\\}`).exec(text.slice(i));
    return endTag ? i + endTag.index + endTag[0].length : i + code[0].length;
  }
  const tag = MATH_TAG.exec(head);
  return tag ? readMathTag(scan, i, tag) : null;
}

/** A hexo-math tag opened at `i`: a span up to its end tag, or a problem when it has none. */
function readMathTag(scan: Scan, i: number, tag: RegExpExecArray): number {
  const { text } = scan;
  const name = tag[1] === 'katex' ? 'katex' : 'mathjax';
  const bodyStart = i + tag[0].length;
  const endTag = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`).exec(text.slice(bodyStart));
  const line = lineAt(scan, i);
  if (!endTag) {
    scan.problems.push({ start: i, end: bodyStart, line, message: `{% ${name} %} has no {% end${name} %}` });
    return bodyStart;
  }
  const end = bodyStart + endTag.index + endTag[0].length;
  scan.spans.push({
    start: i,
    end,
    tex: stripQuoteMarkers(text.slice(bodyStart, bodyStart + endTag.index), quoteDepthAt(scan, i)).trim(),
    display: false,
    block: standsAlone(scan, i, end),
    line,
    tag: { name, args: (tag[2] ?? '').trim() },
  });
  return end;
}

/** `$$…$$` opened at `i`; it may cross blank lines only when it opens its line. */
function readDisplay(scan: Scan, i: number): number {
  const { text } = scan;
  const close = displayClose(scan, i, opensLine(scan, i));
  const tex = close === -1 ? '' : text.slice(i + 2, close);
  if (close === -1 || !tex.trim()) return i + 2;
  scan.spans.push({
    start: i,
    end: close + 2,
    tex: stripQuoteMarkers(tex, quoteDepthAt(scan, i)).trim(),
    display: true,
    block: standsAlone(scan, i, close + 2),
    line: lineAt(scan, i),
  });
  return close + 2;
}

/** `$…$` opened at `i`: only when a non-space follows the `$`. */
function readInline(scan: Scan, i: number): number {
  const { text } = scan;
  const next = text[i + 1];
  const close = next !== undefined && !/\s/.test(next) ? inlineClose(scan, i, true) : -1;
  if (close === -1) return i + 1;
  scan.spans.push({
    start: i,
    end: close + 1,
    tex: stripQuoteMarkers(text.slice(i + 1, close), quoteDepthAt(scan, i)),
    display: false,
    block: false,
    line: lineAt(scan, i),
  });
  return close + 1;
}

/**
 * Environments that MathJax reads outside dollars (its processEnvironments) and
 * KaTeX renders as display math: notes from MathJax themes have them bare.
 */
const ENVIRONMENT = /^\\begin\{((?:equation|align|alignat|gather)\*?)\}/;

/** `\(…\)`, `\[…\]` or a bare `\begin{align}…\end{align}` opened at `i`; any other escape is skipped whole. */
function readBackslash(scan: Scan, i: number): number {
  const { text } = scan;
  const opener = text[i + 1];
  const environment = opener === 'b' ? ENVIRONMENT.exec(text.slice(i, i + 40)) : null;
  if (opener !== '(' && opener !== '[' && !environment) return i + 2;
  const display = opener !== '(';
  if (display && !opensLine(scan, i)) return i + 2;
  const closer = environment ? (`\\end{${environment[1] ?? ''}}` as const) : opener === '(' ? '\\)' : '\\]';
  const close = backslashClose(scan, i, closer);
  const end = close + closer.length;
  // An environment is its own TeX, \begin and \end included.
  const tex = close === -1 ? '' : environment ? text.slice(i, end) : text.slice(i + 2, close);
  if (close === -1 || !tex.trim()) return i + 2;
  const block = standsAlone(scan, i, end);
  if (display && !block) return i + 2;
  scan.spans.push({ start: i, end, tex: stripQuoteMarkers(tex, quoteDepthAt(scan, i)).trim(), display, block, line: lineAt(scan, i) });
  return end;
}

/** Where scanning goes on after what starts at `i`: past code, markup and formulas, else the next character. */
function step(scan: Scan, i: number): number {
  const blockEnd = scan.blocks.get(i);
  if (blockEnd !== undefined) return blockEnd;
  const { text } = scan;
  switch (text[i]) {
    case '\\':
      return scan.dollars ? readBackslash(scan, i) : i + 2;
    case '`':
      return skipCodeSpan(text, i);
    case '<':
      return skipHtml(text, i) ?? i + 1;
    case ']':
      return skipLinkDestination(text, i) ?? i + 1;
    case '{':
      return readTag(scan, i) ?? i + 1;
    case '$':
      if (!scan.dollars) return i + 1;
      return text[i + 1] === '$' ? readDisplay(scan, i) : readInline(scan, i);
    default:
      return i + 1;
  }
}

export interface ScanOptions {
  /** Read `$…$`, `$$…$$`, `\(…\)` and `\[…\]` (the tags are always read). Default true. */
  dollars?: boolean;
}

export function scanMath(text: string, { dollars = true }: ScanOptions = {}): ScanResult {
  const scan: Scan = { ...readSource(text), dollars, spans: [], problems: [], lines: { offset: 0, line: 1 } };
  for (let i = 0; i < text.length; ) i = step(scan, i);
  return { spans: scan.spans, problems: scan.problems };
}
