// Decides whether the text Nunjucks is about to see in a note is made of tag
// plugins only. Anything else (`{{ x }}`, `{#`, `{% unknown %}`) is prose that
// Nunjucks would either silently swallow or stop the whole build on.

const RAW_BLOCK = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g;
// Hexo's tag renderer escapes <code> elements itself (see hexo/dist/extend/tag.js).
const CODE_ELEMENT = /<code[^<>]*>[\s\S]+?<\/code>/g;
const OPENING = /\{\{|\{#|\{%-?\s*([A-Za-z_][\w-]*)?/g;
/** Nunjucks' own tags that Hexo notes use. */
const BUILTIN = new Set(['raw', 'endraw', 'verbatim', 'endverbatim']);

/** The first construct that is not a tag plugin, as it appears (shortened), or null. */
export function firstNonTag(text: string, isTag: (name: string) => boolean): string | null {
  const visible = text.replace(RAW_BLOCK, '').replace(CODE_ELEMENT, '');
  for (const match of visible.matchAll(OPENING)) {
    const name = match[1];
    if (match[0].startsWith('{%') && name && (BUILTIN.has(name) || isTag(name) || (name.startsWith('end') && isTag(name.slice(3))))) {
      continue;
    }
    const rest = visible.slice(match.index, match.index + 40);
    const close = /[%}#]?\}/.exec(rest);
    return close ? rest.slice(0, close.index + close[0].length) : rest.split('\n')[0]!;
  }
  return null;
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
