// Highlighted code as one `<span class="line">` per line, so that marks, line
// numbers and the copy button can address lines. highlight.js spans may run
// over several lines (a block comment, a string): each line closes the spans
// still open at its end and reopens them at the next line's start.
import type { LineMark } from './notation';

const TAG = /<span[^>]*>|<\/span>|\n/g;

/** The highlighted HTML cut into lines, each balanced. */
export function splitHighlighted(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  let from = 0;
  for (const m of html.matchAll(TAG)) {
    line += html.slice(from, m.index);
    from = m.index + m[0].length;
    if (m[0] === '\n') {
      lines.push(line + '</span>'.repeat(open.length));
      line = open.join('');
    } else {
      line += m[0];
      if (m[0] === '</span>') open.pop();
      else open.push(m[0]);
    }
  }
  lines.push(line + html.slice(from));
  return lines;
}

const CLASS_OF: Record<LineMark, string> = { highlighted: 'line highlighted', add: 'line diff add', remove: 'line diff remove' };

/** Lines longer than this (in characters) get the wrap toggle. */
export const LONG_LINE = 100;

/** Each line in its span, marked lines with their classes. */
export function renderLines(html: string, marks: ReadonlyMap<number, LineMark>): string {
  return splitHighlighted(html)
    .map((line, i) => {
      const mark = marks.get(i + 1);
      return `<span class="${mark ? CLASS_OF[mark] : 'line'}">${line}</span>`;
    })
    .join('\n');
}

export function hasLongLines(code: string): boolean {
  return code.split('\n').some((line) => line.length > LONG_LINE);
}
