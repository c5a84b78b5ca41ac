// Footnote labels in a note's Markdown as written: the lines outside code
// blocks, with code spans blanked, as marked reads them. Pure.
import { findFences, splitLines, type Line } from '../shared/fences';

export const DEFINITION = /^ {0,3}\[\^([^\]\n]+)\]:/;
export const REFERENCE = /\[\^([^\]\n]+)\](?!:)/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** The lines outside fenced code that hold `[^`, with their index. */
export function footnoteLines(markdown: string): Array<{ index: number; line: Line }> {
  if (!markdown.includes('[^')) return [];
  const fences = findFences(markdown);
  const found: Array<{ index: number; line: Line }> = [];
  let f = 0;
  for (const [index, line] of splitLines(markdown).entries()) {
    while (f < fences.length && (fences[f]?.end ?? 0) <= line.start) f++;
    const fence = fences[f];
    if (fence && fence.start <= line.start) continue;
    if (line.text.includes('[^')) found.push({ index, line });
  }
  return found;
}

/** `text` with its code spans replaced by spaces of the same length (offsets kept). */
export function withoutCodeSpans(text: string): string {
  return text.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
}
