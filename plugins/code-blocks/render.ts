// Turns one fenced block into the theme's code block markup: a header with the
// language label and a copy button, then the highlighted code. The copy button is
// wired in the browser by one delegated listener (themes/notes/browser/copy-code.ts).
import type { HLJSApi } from 'highlight.js';
import { escapeHtml } from '../shared/html';
import { Memo } from '../shared/memo';
import { lazy, lazyRequire } from '../shared/lazy';
import dotenv from './dotenv';

const highlightJs = lazyRequire<{ default: HLJSApi }>('highlight.js');

/** highlight.js (all its grammars) loads with the first code block, not with every Hexo command. */
const hljs = lazy((): HLJSApi => {
  const api = highlightJs().default;
  api.registerLanguage('dotenv', dotenv);
  return api;
});

export interface CodeBlockOptions {
  lang?: string;
  /** Text after the language in the info string, as Hexo passes it (already HTML). */
  caption?: string;
  copyLabel: string;
}

/** The language name to show and to highlight with; unknown languages keep their name. */
export function normaliseLang(lang: string | undefined): { label: string; grammar: string | null } {
  const name = (lang ?? '').trim().toLowerCase();
  if (!name || name === 'plain' || name === 'plaintext' || name === 'text' || name === 'txt') {
    return { label: 'text', grammar: null };
  }
  return { label: name, grammar: hljs().getLanguage(name) ? name : null };
}

/** Highlighted code by grammar and text: the same snippet recurs across notes, and highlighting is pure. */
const highlighted = new Memo<string>(5_000);

export function highlightCode(code: string, grammar: string | null): string {
  if (!grammar) return escapeHtml(code);
  return highlighted.get(`${grammar}\n${code}`, () => hljs().highlight(code, { language: grammar, ignoreIllegals: true }).value);
}

export function renderCodeBlock(code: string, options: CodeBlockOptions): string {
  const { label, grammar } = normaliseLang(options.lang);
  const lang = escapeHtml(label);
  const caption = options.caption ? `<span class="code-caption">${options.caption}</span>` : '';
  return (
    `<figure class="code-block" data-lang="${lang}">` +
    `<figcaption class="code-head"><span class="code-lang">${lang}</span>${caption}` +
    `<button type="button" class="code-copy" data-copy>${escapeHtml(options.copyLabel)}</button></figcaption>` +
    `<pre tabindex="0"><code class="hljs language-${lang}">${highlightCode(code, grammar)}</code></pre>` +
    `</figure>`
  );
}
