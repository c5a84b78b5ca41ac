// The one-line summary shown in note lists: the text of the note's first paragraph.
import { stripHTML, unescapeHTML } from 'hexo-util';

const FIRST_PARAGRAPH = /<p>([\s\S]*?)<\/p>/;

export function firstLine(html: string, maxChars: number): string {
  const match = FIRST_PARAGRAPH.exec(html);
  if (!match?.[1]) return '';
  const text = unescapeHTML(stripHTML(match[1])).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('').trimEnd()}…` : text;
}
