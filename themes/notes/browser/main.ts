// Entry of the theme's browser code. Each module wires one behaviour to the
// markup the templates and plugins emit (stable classes and data-* attributes).
import { initBackToTop } from './back-to-top';
import { initCopyButtons } from './copy-code';
import { initCopyMarkdown } from './copy-markdown';
import { initDiagrams } from './diagrams';
import { initImageZoom } from './image-zoom';
import { initOutdatedNotice } from './outdated';
import { initSearch } from './search';
import { initSidebarDrawer } from './sidebar';
import { initThemeToggle } from './theme-toggle';
import { initToc } from './toc';

initThemeToggle(document);
initCopyButtons(document);
initCopyMarkdown(document);
initSidebarDrawer(document);
initToc(document);
initDiagrams(document);
initImageZoom(document);
initSearch(document);
initOutdatedNotice(document);
initBackToTop(document);
