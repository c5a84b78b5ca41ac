// What the templates read from shared/ (the module the plugins and the browser
// code import): layout ids, vendor paths, the browser's UI strings. The layout
// writes none of them by hand.
import { LAYOUT_ID, MERMAID_META } from '../../shared/layout';
import { browserStringsJson, type BrowserString } from '../../shared/ui-strings';
import { KATEX_CSS, MERMAID_MODULE } from '../../shared/vendor';

/** `layout_names()` in the templates. Vendor paths are site paths, for url_for. */
export const LAYOUT_NAMES = {
  ids: LAYOUT_ID,
  mermaidMeta: MERMAID_META,
  vendor: { katexCss: `/${KATEX_CSS}`, mermaidModule: `/${MERMAID_MODULE}` },
} as const;

/** The locals a template helper is called with: Hexo's i18n `__` in the page's language. */
interface I18nLocals {
  __(key: string): string;
}

/** `browser_strings()` in the templates: the #ui-strings JSON in the page's language. */
export function browserStrings(locals: I18nLocals): string {
  return browserStringsJson((key: BrowserString) => locals.__(key));
}
