// hexo-filter-mermaid-diagrams' before_post_render filter, its module
// `lib/render` (the package has no API): taken out of Hexo's filter list so
// that ours runs it on a prepared note.
import { lazyRequire } from '../shared/lazy';
import type { Hexo } from './index';
import { internalChanged } from './version';

const MODULE = 'hexo-filter-mermaid-diagrams/lib/render';
// An optional CommonJS plugin without types.
const loadRender = lazyRequire<unknown>(MODULE);

/** The plugin's filter: turns ```mermaid fences in `data.content` into `<pre class="mermaid">`, reading `this.config.mermaid`. */
export type MermaidFilter = (this: Hexo, data: { source: string; content: string }) => void;

/** The plugin's filter module, or null when the package is not installed. */
export function mermaidFilterModule(): MermaidFilter | null {
  let render: unknown;
  try {
    render = loadRender();
  } catch {
    return null;
  }
  if (typeof render !== 'function') throw internalChanged('hexo-filter-mermaid-diagrams', `${MODULE} does not export a function`);
  return render as MermaidFilter;
}

/**
 * The plugin's filter, unregistered from before_post_render, when Hexo loaded
 * the plugin (it is a site dependency); null when it did not.
 */
export function takeMermaidFilter(hexo: Hexo): MermaidFilter | null {
  const render = mermaidFilterModule();
  if (!render || !(hexo.extend.filter.list('before_post_render') as unknown[]).includes(render)) return null;
  hexo.extend.filter.unregister('before_post_render', render);
  return render;
}
