import type { Hexo, PostData } from '../hexo';
import { isMarkdownSource } from '../shared/fences';
import { reportRenderFault } from '../shared/problems';
import { registerVendorFiles } from '../shared/site';
import { convertDiagrams } from './fences';
import { mermaidFiles } from './vendor';
import { BEFORE_POST_RENDER } from '../pipeline';

type PluginFilter = (this: Hexo, data: { source: string; content: string }) => void;

/** hexo-filter-mermaid-diagrams' filter, when Hexo loaded the plugin (it is a site dependency). */
function mermaidPluginFilter(hexo: Hexo): PluginFilter | null {
  let render: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional CommonJS plugin without types
    render = require('hexo-filter-mermaid-diagrams/lib/render');
  } catch {
    return null;
  }
  const registered = hexo.extend.filter.list('before_post_render') as unknown[];
  return registered.includes(render) ? (render as PluginFilter) : null;
}

export default function register(hexo: Hexo): void {
  const plugin = mermaidPluginFilter(hexo);
  if (plugin) {
    // The plugin's filter runs inside ours, at its own priority, with the note
    // prepared for it and its defects undone.
    hexo.extend.filter.unregister('before_post_render', plugin);
    hexo.extend.filter.register(
      'before_post_render',
      (post: PostData) => {
        const settings = hexo.config.mermaid as { enable?: boolean } | undefined;
        if (!settings?.enable || !/mermaid/i.test(post.content) || !isMarkdownSource(post.source)) return;
        try {
          post.content = convertDiagrams(post.content, (content) => {
            const data = { source: post.source, content };
            plugin.call(hexo, data);
            return data.content;
          }).text;
        } catch (error) {
          // A fault of ours must not stop the site: this note's fences stay code.
          reportRenderFault(hexo, post, `mermaid: diagrams not converted: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      BEFORE_POST_RENDER.MERMAID,
    );
  } else {
    hexo.log.warn('mermaid: hexo-filter-mermaid-diagrams is not loaded; ```mermaid fences stay code');
  }

  // The layout loads mermaid, and the site serves it, only where a diagram is.
  registerVendorFiles(hexo, { flag: 'has_mermaid', selector: 'pre.mermaid', transform: 'mermaid-flag', generator: 'mermaid-library', files: mermaidFiles });
}
