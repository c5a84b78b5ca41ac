import type { Hexo } from '../hexo';
import { uiString } from '../shared/i18n';
import { renderCodeBlock } from './render';

interface HighlightOptions {
  lang?: string;
  caption?: string;
}

export default function register(hexo: Hexo): void {
  // Selected by `syntax_highlighter: notes` in _config.yml; Hexo calls it for
  // fenced blocks and the codeblock tag with the language as written (`env` too).
  hexo.extend.highlight.register('notes', (code: string, options: HighlightOptions) =>
    renderCodeBlock(code, { lang: options.lang, caption: options.caption, copyLabel: uiString(hexo, 'copy') }),
  );
}
