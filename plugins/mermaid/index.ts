import type { Hexo, PostData } from '../hexo';
import { takeMermaidFilter } from '../hexo/mermaid-filter';
import { registerVendorFiles } from '../shared/site';
import { convertNoteDiagrams } from './convert';
import { mermaidFiles } from './vendor';
import { BEFORE_POST_RENDER } from '../pipeline';

export default function register(hexo: Hexo): void {
  const plugin = takeMermaidFilter(hexo);
  if (plugin) {
    // The plugin's filter runs inside ours, at its own priority.
    hexo.extend.filter.register('before_post_render', (post: PostData) => convertNoteDiagrams(hexo, plugin, post), BEFORE_POST_RENDER.MERMAID);
  } else {
    hexo.log.warn('mermaid: hexo-filter-mermaid-diagrams is not loaded; ```mermaid fences stay code');
  }

  // The layout loads mermaid, and the site serves it, only where a diagram is.
  registerVendorFiles(hexo, { flag: 'has_mermaid', selector: 'pre.mermaid', transform: 'mermaid-flag', generator: 'mermaid-library', files: mermaidFiles });
}
