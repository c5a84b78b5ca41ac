// Replaces every formula in a note's Markdown with its rendered HTML, protected
// from Nunjucks and Markdown: Hexo sets aside whatever sits inside
// <hexoPostRenderCodeBlock> before either runs and puts it back afterwards (its
// own highlighter relies on the same). Inline formulas keep their outer <span>
// outside the protected part, so that a line starting with one stays a paragraph.
// KaTeX's markup itself may go through `defer` (plugins/post-dom/deferred.ts),
// which returns the text that stands for it until the note is finished.
import { escapeHtml, inertHtml, protectHtml } from '../shared/html';
import { pickOptions, renderFormula, type FormulaOptions, type RenderedFormula } from './render';
import { scanMath, type MathSpan } from './scan';

export interface MathIssue {
  /** 1-based line within the Markdown given. */
  line: number;
  message: string;
}

export interface MathResult {
  text: string;
  /** Formulas rendered, failed ones included. */
  formulas: number;
  /** Formulas KaTeX rejected (shown as source with `math-error`). */
  failures: MathIssue[];
  /** Other problems: unreadable tag options, a tag without its end tag. */
  warnings: MathIssue[];
}

export type Defer = (html: string) => string;
/** Sets an inline formula's whole markup aside as plain text for marked; `plain` stands for it inside an attribute. */
export type DeferInline = (html: string, plain: string) => string;

const keep: Defer = (html) => html;

export function toMarkup(rendered: RenderedFormula, defer: Defer = keep, inline?: DeferInline, source = ''): string {
  const title = rendered.title ? ` title="${inertHtml(escapeHtml(rendered.title))}"` : '';
  const open = `<${rendered.tag} class="${rendered.className}"${title}>`;
  const inner = defer(rendered.inner);
  if (rendered.tag === 'div') return protectHtml(`${open}${inner}</div>`);
  // As plain text, a paragraph of thousands of formulas is lexed by marked in linear time.
  if (inline) return inline(`${open}${inner}</${rendered.tag}>`, escapeHtml(source));
  return `${open}${protectHtml(inner)}</${rendered.tag}>`;
}

/**
 * The display mode and KaTeX options of a hexo-math tag: `'{"displayMode": true}'`
 * (katex), `'{"conversion": {"display": true}}'` (mathjax), or the words
 * `display` / `inline`.
 */
export function tagOptions(name: 'mathjax' | 'katex', args: string): { display: boolean; options: FormulaOptions; ignored: string[] } {
  const text = args.trim().replace(/^(['"])([\s\S]*)\1$/, '$2').trim();
  if (!text) return { display: false, options: {}, ignored: [] };
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { display: false, options: {}, ignored: [`options are not JSON: ${text}`] };
    }
    if (typeof parsed !== 'object' || parsed === null) return { display: false, options: {}, ignored: [text] };
    const settings = { ...(parsed as Record<string, unknown>) };
    if (name === 'mathjax') {
      // MathJax's `conversion.display` is the one option with a KaTeX meaning.
      const conversion = settings.conversion as Record<string, unknown> | undefined;
      if (typeof conversion?.display === 'boolean') {
        settings.displayMode = conversion.display;
        const rest = Object.keys(conversion).filter((key) => key !== 'display');
        if (rest.length === 0) delete settings.conversion;
      }
    }
    const { options, ignored } = pickOptions(settings);
    return { display: options.displayMode ?? false, options, ignored };
  }
  let display = false;
  const ignored: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === 'display' || word === 'block' || word === 'true') display = true;
    else if (word === 'inline' || word === 'false') display = false;
    else ignored.push(word);
  }
  return { display, options: {}, ignored };
}

export function renderMathInMarkdown(
  markdown: string,
  siteOptions: FormulaOptions = {},
  dollars = true,
  defer: Defer = keep,
  inline?: DeferInline,
): MathResult {
  const { spans, problems } = scanMath(markdown, { dollars });
  const failures: MathIssue[] = [];
  const warnings: MathIssue[] = problems.map(({ line, message }) => ({ line, message }));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const formula = (span: MathSpan): string => {
    let display = span.display;
    let options = siteOptions;
    if (span.tag) {
      const parsed = tagOptions(span.tag.name, span.tag.args);
      display = parsed.display;
      options = { ...siteOptions, ...parsed.options };
      if (parsed.ignored.length > 0) {
        warnings.push({ line: span.line, message: `{% ${span.tag.name} %}: ignored options ${parsed.ignored.join(', ')}` });
      }
    }
    const rendered = renderFormula({
      tex: span.tex,
      display,
      block: span.block,
      source: markdown.slice(span.start, span.end),
      options: { ...options, displayMode: display },
    });
    if (rendered.error) failures.push({ line: span.line, message: rendered.error });
    return toMarkup(rendered, defer, inline, span.tex);
  };
  for (const span of spans) edits.push({ start: span.start, end: span.end, text: formula(span) });
  // A tag without its end would make Nunjucks fail the whole build: show it as text.
  for (const problem of problems) edits.push({ start: problem.start, end: problem.start + 1, text: '&#123;' });
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += markdown.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += markdown.slice(at);
  return { text: out, formulas: spans.length, failures, warnings };
}
