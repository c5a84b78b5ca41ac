// A note's mermaid fences through hexo-filter-mermaid-diagrams' filter, prepared
// for it and its defects undone (see fences.ts).
import type { Hexo, PostData } from '../hexo';
import type { MermaidFilter } from '../hexo/mermaid-filter';
import { isMarkdownSource } from '../shared/fences';
import { noteFile, reportProblem, reportRenderFault } from '../shared/problems';
import { bodyLineOffset } from '../shared/site';
import { convertDiagrams } from './fences';
import { mermaidTagsToFences } from './tags';

/** Converts the note's diagrams in place when mermaid is enabled; a fault of ours leaves its fences as code and is reported. */
export function convertNoteDiagrams(hexo: Hexo, plugin: MermaidFilter, post: PostData): void {
  const settings = hexo.config.mermaid as { enable?: boolean } | undefined;
  if (!settings?.enable || !/mermaid/i.test(post.content) || !isMarkdownSource(post.source)) return;
  try {
    // Butterfly's and NexT's {% mermaid %} tags become fences first.
    const tags = mermaidTagsToFences(post.content);
    const lineOffset = tags.warnings.length > 0 ? bodyLineOffset(post.raw, post.content) : 0;
    for (const { line, message } of tags.warnings) reportProblem(hexo, { level: 'warn', file: noteFile(hexo, post), line: lineOffset + line + 1, message });
    post.content = convertDiagrams(tags.markdown, (content) => {
      const data = { source: post.source, content };
      plugin.call(hexo, data);
      return data.content;
    }).text;
  } catch (error) {
    // A fault of ours must not stop the site.
    reportRenderFault(hexo, post, `mermaid: diagrams not converted: ${error instanceof Error ? error.message : String(error)}`);
  }
}
