// Which lines of a block the author marked: `{1,3-5}` after the language
// (VitePress) or Hexo's `mark:1,3-5`, and the other per-block switches of the
// info string (`showLineNumbers`, a `[title]`).

/** Line numbers (1-based) of `1,3-5`; reversed ranges are read forwards, anything else is ignored. */
export function parseLineRanges(spec: string): Set<number> {
  const lines = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    // A typo such as 1-100000 must not build a huge set.
    for (let n = Math.min(a, b); n <= Math.min(Math.max(a, b), Math.min(a, b) + 10_000); n++) if (n > 0) lines.add(n);
  }
  return lines;
}

export interface InfoExtras {
  /** Lines marked by `{…}`. */
  marked: Set<number>;
  showLineNumbers: boolean;
  /** `[pip]`: the block's title in a code group. */
  title: string | null;
  /** What is left of the text: the caption the block shows. */
  rest: string;
}

const RANGE = /(?:^|\s)\{([\d\s,-]*)\}(?=\s|$)/;
const SHOW_NUMBERS = /(?:^|\s)showLineNumbers(?=\s|$)/;
const TITLE = /(?:^|\s)\[([^\]]+)\](?=\s|$)/;

/** Reads `{1,3-5}`, `showLineNumbers` and `[title]` out of the text after the language. */
export function parseInfoExtras(text: string): InfoExtras {
  let rest = text;
  const range = RANGE.exec(rest);
  if (range) rest = rest.replace(RANGE, ' ');
  const showLineNumbers = SHOW_NUMBERS.test(rest);
  rest = rest.replace(SHOW_NUMBERS, ' ');
  const title = TITLE.exec(rest);
  if (title) rest = rest.replace(TITLE, ' ');
  return {
    marked: parseLineRanges(range?.[1] ?? ''),
    showLineNumbers,
    title: title?.[1]?.trim() ?? null,
    rest: rest.replace(/\s+/g, ' ').trim(),
  };
}
