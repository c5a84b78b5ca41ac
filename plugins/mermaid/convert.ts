// A note's mermaid fences through hexo-filter-mermaid-diagrams' filter, prepared
// for it and its defects undone (see fences.ts).
import type { Hexo, PostData } from '../hexo';
import type { MermaidFilter } from '../hexo/mermaid-filter';
import { isMarkdownSource } from '../shared/fences';
import { reportRenderFault } from '../shared/problems';
import { convertDiagrams } from './fences';

/** Converts the note's diagrams in place when mermaid is enabled; a fault of ours leaves its fences as code and is reported. */
export function convertNoteDiagrams(hexo: Hexo, plugin: MermaidFilter, post: PostData): void {
  const settings = hexo.config.mermaid as { enable?: boolean } | undefined;
  if (!settings?.enable || !/mermaid/i.test(post.content) || !isMarkdownSource(post.source)) return;
  try {
    post.content = convertDiagrams(post.content, (content) => {
      const data = { source: post.source, content };
      plugin.call(hexo, data);
      return data.content;
    }).text;
  } catch (error) {
    // A fault of ours must not stop the site.
    reportRenderFault(hexo, post, `mermaid: diagrams not converted: ${error instanceof Error ? error.message : String(error)}`);
  }
}
