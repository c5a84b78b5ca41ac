// A footnote written inside its brackets, `任务不可知（task-agnostic）[^这个词组用于
// 描述……的方法。]`, as notes kept elsewhere often have it: a label is a short
// name, so a reference with no definition whose label holds a space or sentence
// punctuation is the footnote's text. It becomes a reference to a definition of
// that text, added after the note's last line, so every line keeps its number
// for the features after this one and for their messages. Pure.
import { footnoteLabels } from './problems';
import { footnoteLines, REFERENCE, withoutCodeSpans } from './scan';

/** A space, or punctuation other than what names use (`note-1`, `ref_a`, `2.1`, `a:b`, `it's`). */
const TEXT_LABEL = /\s|[^\P{P}\-_.:'’]/u;

export function isTextLabel(label: string): boolean {
  // A `[` inside is a link or another bracket: the footnote's end is not where the label ends.
  return TEXT_LABEL.test(label) && !label.includes('[') && label.trim() !== '';
}

/** The note with each footnote written in its brackets made a real one; `count`: how many texts. */
export function inlineFootnotes(markdown: string): { markdown: string; count: number } {
  const seen = footnoteLabels(markdown);
  const texts = [...seen.used.keys()].filter((label) => !seen.defined.has(label) && isTextLabel(label));
  if (texts.length === 0) return { markdown, count: 0 };
  const labels = new Map<string, string>();
  let n = 0;
  for (const text of texts) {
    let label: string;
    do label = `inline-${++n}`;
    while (seen.defined.has(label) || seen.used.has(label));
    labels.set(text, label);
  }
  const lines = markdown.split('\n');
  for (const { index, line } of footnoteLines(markdown)) lines[index] = relabel(line.text, labels) + (lines[index]?.endsWith('\r') ? '\r' : '');
  const definitions = [...labels].map(([text, label]) => `[^${label}]: ${text}`);
  const body = lines.join('\n');
  return { markdown: `${body}${body.endsWith('\n') ? '' : '\n'}\n${definitions.join('\n')}\n`, count: texts.length };
}

/** `text` with each reference to one of the texts pointed at its label (code spans untouched). */
function relabel(text: string, labels: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  let at = 0;
  for (const m of withoutCodeSpans(text).matchAll(REFERENCE)) {
    const label = labels.get(m[1] ?? '');
    if (label === undefined) continue;
    out.push(text.slice(at, m.index), `[^${label}]`);
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.join('');
}
