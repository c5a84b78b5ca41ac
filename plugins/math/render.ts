// Renders one formula with KaTeX into the site's math markup:
// `span.math.math-inline`, `div.math.math-display` (or `span.math.math-display`
// when display math sits inside a line of text). TeX that KaTeX rejects is shown
// as its source with `math-error`, the message in the title and beside it.
import { escapeHtml } from '../shared/html';
import { lazyRequire } from '../shared/lazy';
import { flatString, Memo } from '../shared/memo';

/** KaTeX is loaded with the first formula: `hexo clean` and notes without math never pay for it. */
const katex = lazyRequire<typeof import('katex')>('katex');

/** The KaTeX options a note or the site may set; the rest (trust, throwOnError) stay ours. */
export interface FormulaOptions {
  displayMode?: boolean;
  leqno?: boolean;
  fleqn?: boolean;
  macros?: Record<string, string>;
  minRuleThickness?: number;
  colorIsTextColor?: boolean;
  maxSize?: number;
  maxExpand?: number;
}

const OPTION_TYPES: Record<keyof FormulaOptions, string> = {
  displayMode: 'boolean',
  leqno: 'boolean',
  fleqn: 'boolean',
  macros: 'object',
  minRuleThickness: 'number',
  colorIsTextColor: 'boolean',
  maxSize: 'number',
  maxExpand: 'number',
};

export interface Formula {
  tex: string;
  display: boolean;
  /** Rendered as a block of its own (a `div`). */
  block: boolean;
  /** What the author wrote, delimiters included: shown when the TeX is invalid. */
  source: string;
  options?: FormulaOptions;
}

export interface RenderedFormula {
  /** The element's tag, class and content, kept apart so callers can protect the content. */
  tag: 'span' | 'div';
  className: string;
  inner: string;
  title?: string;
  error: string | null;
}

/** Reads the options KaTeX accepts from a settings object; returns the others' names too. */
export function pickOptions(input: Record<string, unknown>): { options: FormulaOptions; ignored: string[] } {
  const options: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const type = (OPTION_TYPES as Record<string, string | undefined>)[key];
    if (type && typeof value === type && value !== null) options[key] = value;
    else ignored.push(key);
  }
  return { options, ignored };
}

/** Rendered formulas by their input; failures are cached too, so each note still reports them. */
const rendered = new Memo<Readonly<RenderedFormula>>(20_000);

/** The cache's key: everything renderFormula reads. */
function formulaKey(formula: Formula): string {
  return JSON.stringify([formula.tex, formula.display, formula.block, formula.source, formula.options ?? null]);
}

/** The same formula (TeX, source, mode, options) gives the same markup: rendered once per process. */
export function renderFormula(formula: Formula): Readonly<RenderedFormula> {
  return rendered.get(formulaKey(formula), () => renderUncached(formula));
}

function renderUncached(formula: Formula): RenderedFormula {
  const display = formula.options?.displayMode ?? formula.display;
  const tag = display && formula.block ? 'div' : 'span';
  const kind = display ? 'math math-display' : 'math math-inline';
  try {
    const inner = katex().renderToString(formula.tex, {
      ...formula.options,
      displayMode: display,
      throwOnError: true,
      // LaTeX-compatibility remarks (Unicode in math, \\ in display) are not errors.
      strict: 'ignore',
      trust: false,
      output: 'htmlAndMathml',
    });
    return { tag, className: kind, inner: flatString(inner), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const source = escapeHtml(formula.source);
    const inner =
      tag === 'div'
        ? `<pre class="math-source">${source}</pre><span class="math-message">${escapeHtml(message)}</span>`
        : `<code class="math-source">${source}</code>`;
    return { tag, className: `${kind} math-error`, inner, title: message, error: message };
  }
}
