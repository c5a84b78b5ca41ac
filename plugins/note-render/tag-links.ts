// A Markdown link or image whose address is a tag plugin, `[文字]({% post_path x %})`
// or `![图]({% asset_path a.png %})`, as Hexo's documentation writes them. Hexo
// replaces each tag with an HTML comment before marked runs, and marked reads a
// `<…>` address as an address in angle brackets: the page links to
// "!--swig￼0--" (hexojs/hexo#2821, #3321). Written as an HTML <a> or <img> with
// the tag in its attribute, which marked leaves alone, the tag renders where it
// was meant to; the link text stays Markdown. Outside code only; each line keeps
// its place. Pure.
import { findFences } from '../shared/fences';

/** `[text](` or `![alt](`, a tag as the whole address, an optional "title", `)`. */
const TAG_LINK = /(!?)\[((?:[^\][\n]|\\[[\]])*)\]\(\s*(\{%-?\s*[a-z_]+\s[^%\n]*?-?%\})\s*(?:"([^"\n]*)"|'([^'\n]*)')?\s*\)/g;

/** Inline code spans on one line, by their backtick runs: no link inside them is rewritten. */
function codeSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const open = /`+/g;
  for (let m = open.exec(line); m; m = open.exec(line)) {
    const close = line.indexOf(m[0], m.index + m[0].length);
    if (close < 0) break;
    spans.push([m.index, close + m[0].length]);
    open.lastIndex = close + m[0].length;
  }
  return spans;
}

/** An attribute value: Markdown's text of an alt or title, quotes escaped. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function rewriteLine(line: string): string {
  if (!line.includes('{%')) return line;
  const spans = codeSpans(line);
  return line.replace(TAG_LINK, (match: string, bang: string, text: string, tag: string, dq?: string, sq?: string, at?: number) => {
    const offset = at ?? 0;
    if (spans.some(([from, to]) => offset >= from && offset < to)) return match;
    const title = dq ?? sq;
    const titleAttr = title ? ` title="${attribute(title)}"` : '';
    return bang ? `<img src="${tag}" alt="${attribute(text)}"${titleAttr}>` : `<a href="${tag}"${titleAttr}>${text}</a>`;
  });
}

/** The note's Markdown with each tag-addressed link and image written as HTML, fenced code left as it is. */
export function rewriteTagLinks(markdown: string): string {
  if (!markdown.includes('](')) return markdown;
  const fences = findFences(markdown);
  let out = '';
  let at = 0;
  for (const fence of [...fences, { start: markdown.length, end: markdown.length }]) {
    out += markdown.slice(at, fence.start).split('\n').map(rewriteLine).join('\n') + markdown.slice(fence.start, fence.end);
    at = fence.end;
  }
  return out;
}
