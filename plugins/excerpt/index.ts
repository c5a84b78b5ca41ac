import type { Hexo } from '../hexo';
import { replaceSchemaPath } from '../hexo/schema';
import { expandDeferred, registerPostTransform } from '../post-dom';
import { firstLine, SUMMARY_CHARS, summaryOf } from './excerpt';
import { readMore, storedMore } from './stored-more';

export default function register(hexo: Hexo): void {
  // `more` in the Post and Page models: not stored twice (see stored-more.ts).
  replaceSchemaPath(hexo, ['Post', 'Page'], 'more', {
    value: (value, data) => storedMore(value, data.content),
    cast: (value, data) => readMore(value, data.content),
  });
  // A reader: the summary is computed once per note and saved with it, not at every listing that shows it.
  registerPostTransform(hexo, {
    name: 'summary-line',
    phase: 'read',
    run($, post) {
      post.summary_line = summaryOf($, SUMMARY_CHARS, (html) => expandDeferred(hexo, post, html));
    },
  });
  hexo.extend.helper.register('note_excerpt', (post: { content?: string; summary_line?: unknown }) =>
    typeof post.summary_line === 'string' ? post.summary_line : firstLine(post.content ?? '', SUMMARY_CHARS),
  );
}
