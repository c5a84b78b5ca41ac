// Where the site serves the libraries it vendors from node_modules (no CDN). The
// plugins publish them there; the layout links them on the pages that need them.

export const KATEX_DIR = 'vendor/katex';
/** KaTeX's stylesheet, linked on pages with a formula. */
export const KATEX_CSS = `${KATEX_DIR}/katex.min.css`;

export const MERMAID_DIR = 'vendor/mermaid';
/** The module file browser/diagrams.ts imports, inside MERMAID_DIR. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';
export const MERMAID_MODULE = `${MERMAID_DIR}/${MERMAID_ENTRY}`;
