// The notation comments of marked code lines (VitePress / Shiki transformers):
// `// [!code ++]`, `// [!code --]`, `// [!code highlight]` (also `#`, `--`,
// `;`, `/* … */` and `<!-- … -->` comments) mark a line added, removed or
// highlighted and are removed from the code; in a `diff` block the `+` / `-`
// signs mark the lines and stay. Pure: the highlighter and file blocks use it.

export type LineMark = 'highlighted' | 'add' | 'remove';

export interface MarkedCode {
  /** The code as shown: notation comments removed, every line kept. */
  code: string;
  /** Marks by 1-based line. */
  marks: Map<number, LineMark>;
}

const NOTATION =
  /[ \t]*(?:\/\/|#|--|;|\/\*|<!--)[ \t]*\[!code[ \t]+(\+\+|--|highlight|hl)\][ \t]*(?:\*\/|-->)?[ \t]*$/;

const MARK_OF: Record<string, LineMark> = { '++': 'add', '--': 'remove', highlight: 'highlighted', hl: 'highlighted' };

/** Strips notation comments; `marked` lines (from `{1,3}` or `mark:`) are highlighted unless notation says otherwise. */
export function markLines(code: string, lang: string, marked: ReadonlySet<number> = new Set()): MarkedCode {
  const marks = new Map<number, LineMark>();
  for (const n of marked) marks.set(n, 'highlighted');
  const diff = lang === 'diff';
  const lines = code.split('\n').map((line, i) => {
    if (diff) {
      if (/^\+(?!\+\+ )/.test(line)) marks.set(i + 1, 'add');
      else if (/^-(?!-- )/.test(line)) marks.set(i + 1, 'remove');
      return line;
    }
    const m = NOTATION.exec(line);
    if (!m) return line;
    marks.set(i + 1, MARK_OF[m[1] ?? ''] ?? 'highlighted');
    return line.slice(0, m.index);
  });
  return { code: lines.join('\n'), marks };
}

/** The code as the reader should run or save it: removed lines left out (a diff stays a diff). */
export function runnableCode({ code, marks }: MarkedCode, lang: string): string {
  if (lang === 'diff') return code;
  return code
    .split('\n')
    .filter((_, i) => marks.get(i + 1) !== 'remove')
    .join('\n');
}

/**
 * The line of the code as written (1-based) that line `n` of runnableCode's
 * text comes from: messages about the file (a secret, a YAML error) name the
 * note's line, removed lines included.
 */
export function writtenLine({ code, marks }: MarkedCode, lang: string, n: number): number {
  if (lang === 'diff') return n;
  const total = code.split('\n').length;
  let kept = 0;
  for (let line = 1; line <= total; line++) {
    if (marks.get(line) !== 'remove' && ++kept === n) return line;
  }
  return n + (total - kept);
}
