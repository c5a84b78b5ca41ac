// The footnotes of a note's Markdown as written, to warn about a reference with
// no definition (marked leaves `[^x]` as text) and a definition no reference
// uses (marked-footnote drops it). Code blocks and code spans are skipped, as
// marked skips them. Pure.
import { DEFINITION, footnoteLines, REFERENCE, withoutCodeSpans } from './scan';

/** A warning at a line of the note's file. */
export interface LineWarning {
  line: number;
  message: string;
}

/** Each label defined and each label referenced, with the (1-based) line it first appears on. */
export interface Seen {
  defined: Map<string, number>;
  used: Map<string, number>;
}

function scanLine(text: string, line: number, seen: Seen): void {
  const def = DEFINITION.exec(text);
  if (def && !seen.defined.has(def[1] ?? '')) seen.defined.set(def[1] ?? '', line);
  const rest = withoutCodeSpans(def ? text.slice(def[0].length) : text);
  for (const m of rest.matchAll(REFERENCE)) if (!seen.used.has(m[1] ?? '')) seen.used.set(m[1] ?? '', line);
}

/** Labels are short names; a paragraph written as one (a footnote's text in the brackets) is cut in messages. */
const SHOWN_LABEL = 40;

function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > SHOWN_LABEL ? `${chars.slice(0, SHOWN_LABEL).join('')}…` : label;
}

export function footnoteLabels(markdown: string): Seen {
  const seen: Seen = { defined: new Map(), used: new Map() };
  for (const { index, line } of footnoteLines(markdown)) scanLine(line.text, index + 1, seen);
  return seen;
}

/** `lineOffset`: lines above the Markdown body (front matter). */
export function footnoteWarnings(markdown: string, lineOffset: number): LineWarning[] {
  const seen = footnoteLabels(markdown);
  const warnings: LineWarning[] = [];
  for (const [label, line] of seen.used) {
    if (seen.defined.has(label)) continue;
    const shown = shortLabel(label);
    warnings.push({ line: lineOffset + line, message: `footnote [^${shown}] has no definition ("[^${shown}]: …"); shown as text` });
  }
  for (const [label, line] of seen.defined) {
    if (!seen.used.has(label)) warnings.push({ line: lineOffset + line, message: `footnote [^${shortLabel(label)}] is defined but never referenced; it is not shown` });
  }
  return warnings;
}
