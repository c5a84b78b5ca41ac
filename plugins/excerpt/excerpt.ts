// The one-line summary shown in note lists: the text of the note's first paragraph.
import { stripHTML, unescapeHTML } from 'hexo-util';

const FIRST_PARAGRAPH = /<p>([\s\S]*?)<\/p>/;
// A formula (plugins/math) reads as its visible text: KaTeX's MathML copy (with
// the TeX source) is dropped, and so are its zero-width layout characters.
const KATEX_MATHML = /<span class="katex-mathml"><math[\s\S]*?<\/math><\/span>/g;

export function firstLine(html: string, maxChars: number): string {
  const match = FIRST_PARAGRAPH.exec(html);
  if (!match?.[1]) return '';
  const text = unescapeHTML(stripHTML(match[1].replace(KATEX_MATHML, '')))
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('').trimEnd()}…` : text;
}
