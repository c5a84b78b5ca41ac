// Mermaid written as a tag, as Butterfly (`{% mermaid %}` … `{% endmermaid %}`)
// and older NexT (`{% mermaid graph TD %}`: the diagram's first line as the
// argument) write it: rewritten as the ```mermaid fence the rest of this feature
// reads (fences.ts). Tags inside code or `{% raw %}` stay as written; an opener
// never closed warns and is escaped, so Nunjucks shows it rather than failing
// the note. Pure.
import { findFences, splitLines } from '../shared/fences';

export interface TagWarning {
  /** 0-based line of the Markdown given. */
  line: number;
  message: string;
}

const OPEN = /^( *)\{%-?\s*mermaid\b((?:[^%]|%(?!\}))*?)-?%\}\s*$/;
const CLOSE = /^ *\{%-?\s*endmermaid\s*-?%\}\s*$/;
const RAW = /\{%-?\s*(end)?raw\s*-?%\}/g;

/** Whether the note may hold a mermaid tag: most notes are not read line by line. */
export function mayHoldMermaidTag(markdown: string): boolean {
  return /\{%-?\s*mermaid\b/.test(markdown);
}

/** Line indexes that are code (inside fences) or inside `{% raw %}`. */
function literalLines(markdown: string, lines: ReturnType<typeof splitLines>): Set<number> {
  const literal = new Set<number>();
  const fences = findFences(markdown);
  let raw = false;
  for (const [i, line] of lines.entries()) {
    if (fences.some((f) => line.start >= f.start && line.start < f.end)) {
      literal.add(i);
      continue;
    }
    const was = raw;
    for (const match of line.text.matchAll(RAW)) raw = match[1] === undefined;
    if (was || raw) literal.add(i);
  }
  return literal;
}

export function mermaidTagsToFences(markdown: string): { markdown: string; warnings: TagWarning[] } {
  const warnings: TagWarning[] = [];
  if (!mayHoldMermaidTag(markdown)) return { markdown, warnings };
  const lines = splitLines(markdown);
  const literal = literalLines(markdown, lines);
  const out = lines.map((l) => l.text);
  let open: { line: number; indent: string; type: string } | null = null;
  for (const [i, line] of lines.entries()) {
    if (literal.has(i)) continue;
    const opener = OPEN.exec(line.text);
    if (opener && !open) {
      open = { line: i, indent: opener[1] ?? '', type: (opener[2] ?? '').trim() };
    } else if (open && CLOSE.test(line.text)) {
      out[open.line] = `${open.indent}\`\`\`mermaid${open.type ? `\n${open.indent}${open.type}` : ''}`;
      out[i] = `${open.indent}\`\`\``;
      open = null;
    }
  }
  if (open) {
    warnings.push({ line: open.line, message: `"${lines[open.line]?.text.trim() ?? ''}" is never closed (end it with a line holding only "{% endmermaid %}"); shown as text` });
    out[open.line] = (out[open.line] ?? '').replace('{%', '&#123;%');
  }
  const nl = markdown.includes('\r\n') ? '\r\n' : '\n';
  return { markdown: out.join(nl) + (markdown.endsWith('\n') ? nl : ''), warnings };
}
