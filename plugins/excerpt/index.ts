import type { Hexo } from '../hexo';
import { expandDeferred, registerPostTransform } from '../post-dom';
import { firstLine, SUMMARY_CHARS, summaryOf } from './excerpt';

export default function register(hexo: Hexo): void {
  // A reader: the summary is computed once per note and saved with it, not at every listing that shows it.
  registerPostTransform(hexo, {
    name: 'summary-line',
    priority: 60,
    run($, post) {
      post.summary_line = summaryOf($, SUMMARY_CHARS, (html) => expandDeferred(hexo, post, html));
    },
  });
  hexo.extend.helper.register('note_excerpt', (post: { content?: string; summary_line?: unknown }) =>
    typeof post.summary_line === 'string' ? post.summary_line : firstLine(post.content ?? '', SUMMARY_CHARS),
  );
}
