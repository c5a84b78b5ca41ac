// Turns one fenced block into the theme's code block markup: a header with the
// language label and a copy button, then the highlighted code. The copy button is
// wired in the browser by one delegated listener (themes/notes/browser/copy-code.ts).
import { escapeHtml } from '../../shared/html';
import { Memo } from '../../shared/memo';
import { markLines } from '../lines/notation';
import { parseInfoExtras, parseLineRanges } from '../lines/ranges';
import { hasLongLines, renderLines } from '../lines/render';
import { grammars } from './grammars';

export interface CodeBlockOptions {
  lang?: string;
  /** Text after the language in the info string, as Hexo passes it (already HTML). */
  caption?: string;
  /** Hexo's `mark:1,3-5`: line numbers from a fence, the text from the codeblock tag. */
  mark?: readonly number[] | string;
  /** Hexo's `line_number:true`. */
  lineNumbers?: boolean;
  /** Hexo's `first_line:N`. */
  firstLine?: number;
  copyLabel: string;
  wrapLabel: string;
}

/** The language name to show and to highlight with; unknown languages keep their name. */
export function normaliseLang(lang: string | undefined): { label: string; grammar: string | null } {
  const name = (lang ?? '').trim().toLowerCase();
  if (!name || name === 'plain' || name === 'plaintext' || name === 'text' || name === 'txt') {
    return { label: 'text', grammar: null };
  }
  return { label: name, grammar: grammars().has(name) ? name : null };
}

/** Highlighted code by grammar and text: the same snippet recurs across notes, and highlighting is pure. */
const highlighted = new Memo<string>(5_000);

export function highlightCode(code: string, grammar: string | null): string {
  if (!grammar || !grammars().has(grammar)) return escapeHtml(code);
  return highlighted.get(`${grammar}\n${code}`, () => grammars().hljs.highlight(code, { language: grammar, ignoreIllegals: true }).value);
}

/** Hexo's caption `<span>…</span>` (plus an optional link): the text inside the span, and what follows it. */
function splitCaption(caption: string | undefined): { text: string; tail: string } {
  const m = /^<span>([\s\S]*?)<\/span>([\s\S]*)$/.exec(caption ?? '');
  return m ? { text: m[1] ?? '', tail: m[2] ?? '' } : { text: '', tail: caption ?? '' };
}

/** The header's wrap toggle, for blocks with long lines (wired by themes/notes/browser/copy-code.ts). */
export function wrapButton(code: string, label: string): string {
  return hasLongLines(code) ? `<button type="button" class="code-wrap" data-wrap-toggle aria-pressed="false">${escapeHtml(label)}</button>` : '';
}

/** `data-*` of a block's figure: line numbers shown, where they start. */
export function lineAttributes(lineNumbers: boolean, firstLine = 1): string {
  if (!lineNumbers) return '';
  return firstLine !== 1 ? ` data-line-numbers style="counter-reset: line ${Math.trunc(firstLine) - 1}"` : ' data-line-numbers';
}

/** `lang:title` (```` ```js:hello.js ````, as Zenn, Qiita and some editors write it): the language before the colon, a title after it. */
export function splitLangTitle(lang: string | undefined): { lang: string | undefined; title: string | null } {
  const m = /^([^:\s]+):(\S+)$/.exec(lang ?? '');
  return m ? { lang: m[1], title: m[2] ?? null } : { lang, title: null };
}

export function renderCodeBlock(code: string, options: CodeBlockOptions): string {
  const written = splitLangTitle(options.lang);
  const { label, grammar } = normaliseLang(written.lang);
  const lang = escapeHtml(label);
  const { text, tail } = splitCaption(options.caption);
  const parsed = parseInfoExtras(text);
  const extras = { ...parsed, title: parsed.title ?? written.title };
  const shown = markLines(code, label, new Set([...extras.marked, ...(typeof options.mark === 'string' ? parseLineRanges(options.mark) : (options.mark ?? []))]));
  const captionText = extras.rest ? `<span>${extras.rest}</span>` : '';
  const caption = captionText || tail ? `<span class="code-caption">${captionText}${tail}</span>` : '';
  const title = extras.title === null ? '' : ` data-title="${escapeHtml(extras.title)}"`;
  const titleLabel = extras.title === null ? '' : `<span class="code-title">${escapeHtml(extras.title)}</span>`;
  return (
    `<figure class="code-block" data-lang="${lang}"${title}${lineAttributes(extras.showLineNumbers || options.lineNumbers === true, options.firstLine)}>` +
    `<figcaption class="code-head">${titleLabel}<span class="code-lang">${lang}</span>${caption}` +
    wrapButton(shown.code, options.wrapLabel) +
    `<button type="button" class="code-copy" data-copy>${escapeHtml(options.copyLabel)}</button></figcaption>` +
    `<pre tabindex="0"><code class="hljs language-${lang}">${renderLines(highlightCode(shown.code, grammar), shown.marks)}</code></pre>` +
    `</figure>`
  );
}
