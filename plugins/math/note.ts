// One note's formulas, rendered in its Markdown before anything else reads it;
// the Hexo side (setting markup aside, logging) comes in through MathContext.
import type { PostData } from '../hexo';
import { isMarkdownSource } from '../shared/fences';
import { bodyLineOffset } from '../shared/site';
import { renderMathInMarkdown, type MathResult } from './markdown';
import type { FormulaOptions } from './render';

/** `math` in _config.yml. */
export interface MathSettings {
  dollars?: boolean;
  katex?: Record<string, unknown>;
}

export interface MathContext {
  settings: MathSettings;
  /** KaTeX options from the site's settings (see pickOptions). */
  options: FormulaOptions;
  /** Sets finished markup aside (post-dom's deferHtml): no transform reads inside `.math`. */
  defer(html: string): string;
  /** Sets markup aside until marked is done (post-dom's deferUntilParse); `plain` stands in inside an attribute. */
  deferUntilParse(html: string, plain: string): string;
  /** A fault of ours: reported, and the note is left as written. */
  fault(message: string): void;
  warn(message: string): void;
  /** The note's file, relative to the site, for messages. */
  file(): string;
}

/** Dollars (and the other DELIMITERS) can be turned off (site-wide or per note); hexo-math's tags are always read, as Nunjucks would fail on them otherwise. */
export function readsDollars(settings: MathSettings, post: PostData): boolean {
  return settings.dollars !== false && post.math !== false;
}

/** What opens a formula outside the tags (scan.ts). */
const DELIMITERS = ['$', '\\(', '\\[', '\\begin{'];

/** Whether the note can hold anything this feature renders: saves the scan on most notes. */
export function mayHoldMath(content: string, dollars: boolean): boolean {
  return (dollars && DELIMITERS.some((opener) => content.includes(opener))) || content.includes('{%');
}

/** The note's failures and warnings, each at its line in the note's file. */
export function mathMessages(result: MathResult, file: string, lineOffset: number): string[] {
  return [...result.failures, ...result.warnings].map(({ line, message }) => `math: ${file}:${line + lineOffset}: ${message}`);
}

export function renderNoteMath(post: PostData, ctx: MathContext): void {
  if (!isMarkdownSource(post.source)) return;
  const dollars = readsDollars(ctx.settings, post);
  if (!mayHoldMath(post.content, dollars)) return;
  let result;
  try {
    result = renderMathInMarkdown(
      post.content,
      ctx.options,
      dollars,
      (html) => ctx.defer(html),
      (html, plain) => ctx.deferUntilParse(html, plain),
    );
  } catch (error) {
    // A fault of ours must not stop the site: this note is left as written.
    ctx.fault(`math: formulas not rendered: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (result.formulas === 0 && result.warnings.length === 0) return;
  for (const message of mathMessages(result, ctx.file(), bodyLineOffset(post.raw, post.content))) ctx.warn(message);
  post.content = result.text;
}
