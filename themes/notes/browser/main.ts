// Entry of the theme's browser code. Each module wires one behaviour to the
// markup the templates and plugins emit (stable classes and data-* attributes).
import { initBackToTop } from './back-to-top';
import { initCodeGroups } from './code-groups';
import { initCopyButtons, initWrapToggles } from './copy-code';
import { initCopyMarkdown } from './copy-markdown';
import { initDiagrams } from './diagrams';
import { initFootnotes } from './footnotes';
import { initImageZoom } from './image-zoom';
import { initOutdatedNotice } from './outdated';
import { initPrintDetails } from './print-details';
import { initSearch } from './search';
import { initSidebarDrawer } from './sidebar';
import { initThemeToggle } from './theme-toggle';
import { initToc } from './toc';

initThemeToggle(document);
initCopyButtons(document);
initCopyMarkdown(document);
initWrapToggles(document);
initCodeGroups(document);
initFootnotes(document);
initPrintDetails(window);
initSidebarDrawer(document);
initToc(document);
initDiagrams(document);
initImageZoom(document);
initSearch(document);
initOutdatedNotice(document);
initBackToTop(document);
