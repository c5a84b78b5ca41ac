// Entry of the theme's browser code. Each module wires one behaviour to the
// markup the templates and plugins emit (stable classes and data-* attributes).
// What every page uses is in this file's bundle; a behaviour only some pages
// have is imported when the page holds its markup (esbuild makes each a chunk
// of its own), so a note without diagrams, footnotes or figures downloads none
// of their code. Each such module catches up with what the reader did before it
// loaded, or shows its affordance (a zoomable image's button role) once ready.
import { initBackToTop } from './back-to-top';
import { initCodeGroups } from './code-groups';
import { initCopyButtons, initWrapToggles } from './copy-code';
import { initCopyMarkdown } from './copy-markdown';
import { initPrintDetails } from './print-details';
import { initSearch } from './search';
import { initSidebarDrawer } from './sidebar';
import { currentTheme, initThemeToggle } from './theme-toggle';
import { initToc } from './toc';

initThemeToggle(document);
initCopyButtons(document);
initCopyMarkdown(document);
initWrapToggles(document);
// Before first paint where it can: a group shows all its blocks until its tabs are set up.
initCodeGroups(document);
// Its beforeprint listener must be there whenever the reader prints.
initPrintDetails(window);
initSidebarDrawer(document);
initToc(document);
initSearch(document);
initBackToTop(document);

/** [the markup that needs it, the behaviour]: each module checks the page again itself. */
const ON_DEMAND: ReadonlyArray<[selector: string, load: () => Promise<void>]> = [
  ['.footnote-ref', () => import('./footnotes.ts').then((m) => m.initFootnotes(document))],
  ['pre.mermaid', () => import('./diagrams.ts').then((m) => m.initDiagrams(document, currentTheme))],
  ['.note-body img[data-zoom]', () => import('./image-zoom.ts').then((m) => m.initImageZoom(document))],
  ['.note-hide-inline', () => import('./hide-inline.ts').then((m) => m.initHideInline(document))],
];
for (const [selector, load] of ON_DEMAND) if (document.querySelector(selector)) void load();
