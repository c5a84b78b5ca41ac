// Finds what, in the text Nunjucks is about to see in a note, is not a tag
// plugin: `{{ x }}`, `{#`, `{% unknown %}` are prose that Nunjucks would either
// silently swallow or stop the whole build on, so they are escaped.

/** A raw or verbatim block, closed: Nunjucks writes what is inside as it is. */
const RAW_BLOCK = /\{%-?\s*(raw|verbatim)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;
// Hexo's tag renderer escapes <code> elements itself (see hexo/dist/extend/tag.js).
const CODE_ELEMENT = /<code[^<>]*>[\s\S]+?<\/code>/g;
const OPENING = /\{\{|\{#|\{%-?\s*([A-Za-z_][\w-]*)?/g;

/** A construct that is not a tag plugin: where its opening delimiter is, and how it reads (shortened). */
export interface NonTag {
  index: number;
  /** `{{`, `{#` or `{%`. */
  delimiter: string;
  construct: string;
}

/** Where raw blocks and code elements are: Nunjucks leaves them alone. */
export function protectedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of [RAW_BLOCK, CODE_ELEMENT]) for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

// Nunjucks' raw and verbatim count only as closed blocks (skipped above): one
// left open, or an end without its start, stops Nunjucks, so it is text too.
function isTagName(name: string | undefined, isTag: (name: string) => boolean): boolean {
  return !!name && (isTag(name) || (name.startsWith('end') && isTag(name.slice(3))));
}

/** Every construct that is not a tag plugin, in order. */
export function nonTags(text: string, isTag: (name: string) => boolean): NonTag[] {
  const ranges = protectedRanges(text);
  const found: NonTag[] = [];
  for (const match of text.matchAll(OPENING)) {
    if (ranges.some(([from, to]) => match.index >= from && match.index < to)) continue;
    if (match[0].startsWith('{%') && isTagName(match[1], isTag)) continue;
    const rest = text.slice(match.index, match.index + 40);
    const close = /[%}#]?\}/.exec(rest);
    found.push({ index: match.index, delimiter: match[0].slice(0, 2), construct: close ? rest.slice(0, close.index + close[0].length) : rest.split('\n')[0]! });
  }
  return found;
}

/**
 * The text with each construct's opening delimiter in `{% raw %}`, so that
 * Nunjucks writes it as it is and still renders the tag plugins around it.
 */
export function escapeNonTags(text: string, found: readonly NonTag[]): string {
  const out: string[] = [];
  let at = 0;
  for (const { index, delimiter } of found) {
    out.push(text.slice(at, index), `{% raw %}${delimiter}{% endraw %}`);
    at = index + delimiter.length;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The opening of a construct (`{{ name`, `{% name`) as a pattern that tolerates spacing. */
function openingPattern(construct: string): RegExp {
  const m = /^(\{\{|\{#|\{%)-?\s*([\w.-]*)/.exec(construct);
  const open = (m?.[1] ?? construct.slice(0, 2)).replace(/[{}%#]/g, (c) => `\\${c}`);
  const word = (m?.[2] ?? '').replace(/[.]/g, '\\.');
  return new RegExp(word ? `${open}-?\\s*${word}` : open);
}

/** 1-based line of `construct` in the note's source file (front matter included), or null. */
export function sourceLine(raw: string, construct: string): number | null {
  // The construct as written first: another tag of the same name may come earlier.
  const exact = raw.indexOf(construct);
  const at = exact >= 0 ? exact : (openingPattern(construct).exec(raw)?.index ?? -1);
  if (at < 0) return null;
  return raw.slice(0, at).split('\n').length;
}

/** The `{% … %}` on `line` of `text` at or before `column` (1-based), for error messages. */
export function tagAt(text: string, line: number, column: number): string | null {
  const row = text.split(/\r?\n/)[line - 1];
  if (row === undefined) return null;
  const upTo = row.slice(0, Math.max(column, 1) + 1);
  const start = upTo.lastIndexOf('{%') === -1 ? row.indexOf('{%') : upTo.lastIndexOf('{%');
  if (start === -1) return null;
  const end = row.indexOf('%}', start);
  return row.slice(start, end === -1 ? start + 40 : end + 2);
}

/**
 * The tag a Nunjucks error without a position is about: the one whose name and
 * arguments the message quotes (Hexo's tags do: "Post not found: post_link x"),
 * else the only tag in the text.
 */
export function tagNamedIn(text: string, message: string): string | null {
  const tags = [...text.matchAll(/\{%-?\s*([A-Za-z_][\w-]*)([^%]*?)-?%\}/g)].filter((m) => !m[1]!.startsWith('end'));
  const quoted = tags.find((m) => message.includes(`${m[1]!}${m[2]!.trimEnd()}`) || message.includes(`${m[1]!} ${m[2]!.trim()}`));
  if (quoted) return quoted[0];
  return tags.length === 1 ? tags[0]![0] : null;
}

/** The reason in a Nunjucks error message, without Hexo's location line and context dump. */
export function errorReason(message: string, source = ''): string {
  // eslint-disable-next-line no-control-regex -- Hexo colours these messages
  const lines = message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter((l) => l && l !== source);
  const reason = lines.find((l) => /^[A-Z]\w*Error\b|^Error\b/.test(l)) ?? lines.find((l) => !/\[Line \d+, Column \d+\]|^=+|^\d+ \|/.test(l));
  return reason ?? lines[0] ?? message;
}
