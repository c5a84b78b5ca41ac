// Finds fenced code blocks in a note's Markdown exactly where Hexo's own fence
// filter (hexo/dist/plugins/filter/before_post_render/backtick_code_block.js)
// finds them, so a block we take over is the block Hexo would have highlighted:
// same regular expression, same rule for fences inside HTML comments, same
// blockquote stripping.

// Copied from Hexo 8.1.2 (rBacktick, rCommentEscape, rAdditionalOptions); the
// agreement is checked by test/plugins/code-files/fences.test.ts against Hexo's filter.
const FENCE = /^((?:(?:[^\S\r\n]*>){0,3}|[-*+]|[0-9]+\.)[^\S\r\n]*)(`{3,}|~{3,})[^\S\r\n]*((?:.*?[^`\s])?)[^\S\r\n]*\n((?:[\s\S]*?\n)?)(?:(?:[^\S\r\n]*>){0,3}[^\S\r\n]*)\2[^\S\r\n]?(\n+|$)/gm;
const COMMENT = /(<!--[\s\S]*?-->)/g;
const OPTIONS = /\s((?:line_number|line_threshold|first_line|wrap|mark|language_attr|highlight):\S+)/g;

export interface Fence {
  /** Offset of the match in the Markdown. */
  index: number;
  /** Length of the whole match (fences and trailing newlines). */
  length: number;
  /** What precedes the opening fence on its line: indentation, list marker or `>`. */
  start: string;
  /** The newlines after the closing fence, kept when the block is replaced. */
  end: string;
  /** The info string without Hexo's `key:value` options. */
  info: string;
  /** `highlight:false` in the info string: Hexo leaves such a block alone. */
  highlightOff: boolean;
  /** The block's text as Hexo passes it to the highlighter (no final newline). */
  code: string;
  /** 1-based line of the opening fence in the Markdown. */
  line: number;
}

/** Every fenced block Hexo would highlight, in order; blocks inside HTML comments are skipped as Hexo does. */
export function findFences(markdown: string): Fence[] {
  if (!markdown.includes('```') && !markdown.includes('~~~')) return [];
  const comments: Array<[number, number]> = [];
  for (const m of markdown.matchAll(COMMENT)) comments.push([m.index, m.index + m[0].length]);
  const fences: Fence[] = [];
  let lineAt = 0;
  let line = 1;
  for (const m of markdown.matchAll(FENCE)) {
    const index = m.index;
    const whole = m[0];
    if (comments.some(([from, to]) => from < index && to > index + whole.length)) continue;
    const start = m[1] ?? '';
    const rawInfo = m[3] ?? '';
    let code = (m[4] ?? '').replace(/\n$/, '');
    if (start.includes('>')) {
      // As Hexo does (its PR #3765): drop the quote markers of the fence's depth.
      const depth = start.split('>').length - 1;
      code = code.replace(new RegExp(`^([^\\S\\r\\n]*>){0,${depth}}([^\\S\\r\\n]|$)`, 'mg'), '');
    }
    const options = [...rawInfo.matchAll(OPTIONS)].map((o) => o[1] ?? '');
    line += countNewlines(markdown, lineAt, index);
    lineAt = index;
    fences.push({
      index,
      length: whole.length,
      start,
      end: m[5] ?? '',
      info: rawInfo.replace(OPTIONS, '').trim(),
      highlightOff: options.includes('highlight:false'),
      code,
      line,
    });
  }
  return fences;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The block's text as a file: list indentation removed (Hexo keeps it, CommonMark
 * does not) and each line ending in a newline, as the file would be saved.
 */
export function fileText(fence: Fence): string {
  const indent = fence.start.includes('>') ? 0 : fence.start.length;
  let text = fence.code;
  if (indent > 0) text = text.replace(new RegExp(`^ {1,${indent}}`, 'gm'), '');
  return text === '' ? '' : `${text}\n`;
}
