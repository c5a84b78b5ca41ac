// Prepares a note's Markdown for hexo-filter-mermaid-diagrams and undoes what it
// must not see. The plugin turns ```mermaid fences into <pre class="mermaid"> with
// a regular expression, and so (1) copies the diagram text unescaped, where `<|--`
// or `<br>` become HTML and `{{x}}` reaches Nunjucks; (2) matches ```mermaid
// inside a longer outer fence that is meant to show it as code; (3) ignores
// ~~~mermaid. Before it runs, each real mermaid fence (any marker) is rewritten as
// a plain ``` fence holding the escaped diagram on one line (so it also works
// inside lists and quotes), and every other ```mermaid is masked; the masks are
// removed once the plugin is done.
import { findFences, type Fence } from '../shared/fences';
import { escapeHtml, inertHtml } from '../shared/html';

/** The diagram as HTML text that is inert for Nunjucks and Markdown, on one line. */
export function escapeDiagram(text: string): string {
  return inertHtml(escapeHtml(text.replace(/\r/g, '')));
}

export function isDiagram(fence: Fence): boolean {
  return fence.closed && /^mermaid$/i.test(fence.info.split(/\s+/)[0] ?? '') && fence.body.trim() !== '';
}

/** A private-use character absent from the text, used as a mask. */
function maskChar(text: string): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const c = String.fromCharCode(code);
    if (!text.includes(c)) return c;
  }
  throw new Error('no free private-use character to mask with');
}

/**
 * Runs `convert` (hexo-filter-mermaid-diagrams) over the note with its diagrams
 * prepared and everything else that looks like a diagram masked.
 */
export function convertDiagrams(markdown: string, convert: (text: string) => string): { text: string; diagrams: number } {
  const fences = findFences(markdown);
  const diagrams = fences.filter(isDiagram);
  if (diagrams.length === 0 && !/`{3,}[ ]*mermaid/.test(markdown)) return { text: markdown, diagrams: 0 };
  const mask = maskChar(markdown);
  const hide = (text: string): string => text.replace(/`+(?= *mermaid)/g, (run) => mask.repeat(run.length));
  let out = '';
  let at = 0;
  for (const fence of diagrams) {
    out += hide(markdown.slice(at, fence.start));
    const newline = markdown[fence.end - 1] === '\n' ? '\n' : '';
    out += `${fence.prefix}\`\`\`mermaid\n${escapeDiagram(fence.body)}\n\`\`\`${newline}`;
    at = fence.end;
  }
  out += hide(markdown.slice(at));
  return { text: convert(out).split(mask).join('`'), diagrams: diagrams.length };
}
