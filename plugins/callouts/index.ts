// Callouts: `:::` containers (callouts, details, code groups) and other themes'
// callout tags (`{% note %}`) rewritten before Hexo's fence filter, and GitHub
// alerts and Chinese-label quotes in marked.
import type { Hexo, PostData } from '../hexo';
import { isTagPlugin } from '../hexo/tag-render';
import { BEFORE_POST_RENDER } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { noteFile, reportProblem } from '../shared/problems';
import { isMarkdownSource } from '../shared/fences';
import { bodyLineOffset } from '../shared/site';
import { alertExtensions } from './alerts';
import { blockTagHtml, ONE_LINE_TAGS } from './block-tags';
import { walkOnce } from '../shared/marked-walk';
import { hasThemeBlocks, rewriteContainers } from './containers';

type Use = (...extensions: ReturnType<typeof alertExtensions>) => void;

export default function register(hexo: Hexo): void {
  const t = (key: string): string => uiString(hexo, key);
  const settings = (hexo.config.callouts ?? {}) as { chinese_labels?: boolean };
  // Other themes' callout tags are ours to read unless the site has a tag plugin of that name.
  const ownTags = new Set<string>();
  const themeTag = (name: string): boolean => ownTags.has(name) || !isTagPlugin(hexo, name);
  // Written on one line they stay block tags (block-tags.ts): registered once every
  // plugin and script has loaded, and only under names nobody registered.
  hexo.on('ready', () => {
    for (const name of ONE_LINE_TAGS) {
      if (isTagPlugin(hexo, name)) continue;
      ownTags.add(name);
      const render = (args: string[], content: string): string =>
        blockTagHtml(name, args, String(hexo.render.renderSync({ text: content, engine: 'markdown' })), t);
      hexo.extend.tag.register(name, render, { ends: true });
    }
  });

  hexo.extend.filter.register(
    'before_post_render',
    (data: PostData) => {
      if (!data.source || typeof data.content !== 'string' || !isMarkdownSource(data.source)) return data;
      const result = rewriteContainers(data.content, { lineOffset: bodyLineOffset(data.raw, data.content), t, themeTag });
      for (const { line, message } of result.warnings) reportProblem(hexo, { level: 'warn', file: noteFile(hexo, data), line, message });
      data.content = result.markdown;
      return data;
    },
    BEFORE_POST_RENDER.CALLOUTS,
  );

  // Galleries, timelines and centre quotes are styled by css/blocks.css, which only their pages load.
  registerPostTransform(hexo, {
    name: 'theme-blocks',
    phase: 'read',
    run: (_$, post) => {
      post.has_theme_blocks = hasThemeBlocks(post.content);
    },
  });

  hexo.extend.filter.register('marked:use', (use: Use) => {
    use(...walkOnce(alertExtensions({ t, chineseLabels: settings.chinese_labels !== false })));
  });
}
