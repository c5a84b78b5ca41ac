// Diagrams: each `pre.mermaid` (plugins/mermaid) becomes an SVG drawn by mermaid.
// The library (served by the site, named by <meta name="mermaid-module">) is
// imported only on pages that have a diagram, once the page has painted. Diagrams
// follow the light/dark theme and are redrawn on `themechange`; a diagram mermaid
// cannot read shows the error and its source in place, the others still draw.
//
// Layout: mermaid 12 lays out flowcharts, class, state and ER diagrams with ELK
// unless told otherwise, and ELK is a 1.6 MB chunk (500 kB gzip) fetched on first
// use. The site's default layout (theme setting `mermaid.layout`, `dagre`) is
// passed instead, so a page fetches ELK only when one of its diagrams asks for it
// (`config: layout: elk` in the diagram's front matter, or `flowchart-elk`).
import { MERMAID_META } from '../../../shared/layout';
import type { Theme } from './theme-toggle';
import { t } from './ui-strings';

interface RenderResult {
  svg: string;
  bindFunctions?: (element: Element) => void;
}
interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<RenderResult>;
  /** Throws on text that is no known diagram; a detector may set `config.layout`. */
  detectType(text: string, config?: { layout?: string }): string;
}

/**
 * The layout to initialise mermaid with for one diagram, or undefined to leave
 * mermaid's choice: a mindmap lays itself out with cose-bilkent only when no
 * layout was configured. mermaid's own detectors know `flowchart-elk` (they set
 * the layout to elk); front matter and %%{init}%% override what is passed here.
 */
function layoutFor(mermaid: Pick<Mermaid, 'detectType'>, source: string, siteLayout: string): string | undefined {
  const detected: { layout?: string } = {};
  let type: string;
  try {
    type = mermaid.detectType(source, detected);
  } catch {
    // Not a diagram mermaid knows: render() reports it in place.
    return siteLayout;
  }
  if (detected.layout) return detected.layout;
  return type === 'mindmap' ? undefined : siteLayout;
}

let drawn = 0;

/** Replaces the block's content with the diagram, or with the error and the source. */
async function drawOne(mermaid: Mermaid, block: HTMLElement, source: string, theme: Theme): Promise<void> {
  const id = `mermaid-diagram-${++drawn}`;
  try {
    const { svg, bindFunctions } = await mermaid.render(id, source);
    block.innerHTML = svg;
    block.classList.remove('mermaid-error');
    bindFunctions?.(block);
  } catch (error) {
    // mermaid may leave its scratch element behind when it fails.
    block.ownerDocument.getElementById(`d${id}`)?.remove();
    block.ownerDocument.getElementById(id)?.remove();
    const message = block.ownerDocument.createElement('span');
    message.className = 'mermaid-message';
    message.textContent = `${t('diagram_error')}: ${error instanceof Error ? error.message : String(error)}`;
    const code = block.ownerDocument.createElement('code');
    code.className = 'mermaid-source';
    code.textContent = source;
    block.classList.add('mermaid-error');
    block.replaceChildren(message, code);
  }
  block.dataset.processed = theme;
}

function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * `currentTheme` comes from the caller (theme-toggle.ts, in the page's main
 * bundle): imported here, it would be split into a chunk of its own that every
 * page downloads.
 */
export function initDiagrams(doc: Document, currentTheme: (doc: Document) => Theme): void {
  const blocks = [...doc.querySelectorAll<HTMLElement>('pre.mermaid')];
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${MERMAID_META}"]`);
  if (blocks.length === 0 || !meta) return;
  // The diagram text, read once: drawing replaces it.
  const sources = blocks.map((block) => block.textContent ?? '');
  let library: Promise<Mermaid> | null = null;
  const draw = async (): Promise<void> => {
    library ??= (import(meta.content) as Promise<{ default: Mermaid }>).then((m) => m.default);
    const mermaid = await library;
    const theme = currentTheme(doc);
    const dark = theme === 'dark';
    const config = {
      startOnLoad: false,
      securityLevel: 'strict',
      suppressErrorRendering: true,
      theme: (dark ? meta.dataset.dark : meta.dataset.light) ?? (dark ? 'dark' : 'default'),
      // Labels in the page's own fonts (CJK included), not mermaid's Trebuchet.
      fontFamily: getComputedStyle(doc.body).fontFamily,
    };
    const siteLayout = meta.dataset.layout || 'dagre';
    // mermaid registers its diagram detectors when first initialised.
    mermaid.initialize(config);
    for (const [i, block] of blocks.entries()) {
      const source = sources[i] ?? '';
      const layout = layoutFor(mermaid, source, siteLayout);
      // initialize() replaces the whole site configuration, so each diagram gets exactly its layout.
      mermaid.initialize(layout === undefined ? config : { ...config, layout });
      await drawOne(mermaid, block, source, theme);
    }
  };
  // One drawing at a time: a theme change while drawing redraws afterwards.
  let queue = Promise.resolve();
  const schedule = (): void => {
    queue = queue.then(draw).catch((error: unknown) => {
      library = null;
      console.error('mermaid could not be loaded', error);
    });
  };
  afterPaint(schedule);
  doc.addEventListener('themechange', schedule);
  // Following the system: redraw when it switches and the reader has not chosen.
  doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!doc.documentElement.dataset.theme) schedule();
  });
}
