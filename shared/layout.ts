// Ids and names the layout writes on every page and the browser code reads.
// Heading ids never take one of them (ids are unique in a page).

export const LAYOUT_ID = {
  /** The main landmark the skip link goes to. */
  content: 'content',
  sidebar: 'sidebar',
  /** The JSON the browser's UI strings come from (see ui-strings.ts). */
  uiStrings: 'ui-strings',
  /** The header box's results, the combobox's listbox. */
  searchListbox: 'search-listbox',
  /** The table of contents' collapsible body. */
  tocBody: 'toc-body',
} as const;

/** Every id in LAYOUT_ID. */
export const LAYOUT_IDS: readonly string[] = Object.values(LAYOUT_ID);

/** `<meta name>` naming the mermaid module, on pages with a diagram. */
export const MERMAID_META = 'mermaid-module';
