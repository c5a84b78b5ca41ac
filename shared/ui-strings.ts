// The UI strings the browser code shows, by key (themes/notes/languages/*.yml).
// The layout writes these, in the page's language, into #ui-strings.

export const BROWSER_STRINGS = [
  'copied',
  'copy_failed',
  'image_zoom',
  'image_zoom_close',
  'diagram_error',
  'search_loading',
  'search_failed',
  'search_retry',
  'search_empty',
  'search_count',
  'search_shown',
  'search_at_least',
  'search_prev',
  'search_next',
  'search_hint',
  'search_hl',
  'search_hl_clear',
] as const;

export type BrowserString = (typeof BROWSER_STRINGS)[number];

/**
 * The JSON the layout puts in `<script type="application/json" id="ui-strings">`:
 * every browser string translated; `<` escaped so the text cannot close the script.
 */
export function browserStringsJson(translate: (key: BrowserString) => string): string {
  const strings = Object.fromEntries(BROWSER_STRINGS.map((key) => [key, translate(key)]));
  return JSON.stringify(strings).replace(/</g, '\\u003c');
}
