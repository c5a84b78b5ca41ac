import type { Hexo } from '../hexo';
import { expandDeferred, registerPostTransform } from '../post-dom';
import { firstLine, SUMMARY_CHARS, summaryOf } from './excerpt';
import { readMore, storedMore } from './stored-more';

/** `more` in the Post and Page models: not stored twice (see stored-more.ts). */
function storeMoreOnce(hexo: Hexo): void {
  const Base = hexo.database.SchemaType;
  class MoreType extends Base<unknown> {
    override value(value: unknown, data: Record<string, unknown>): unknown {
      return storedMore(value, data.content);
    }
    override cast(value: unknown, data: Record<string, unknown>): unknown {
      return readMore(value, data.content);
    }
  }
  for (const model of ['Post', 'Page']) hexo.model(model).schema.path('more', new MoreType('more'));
}

export default function register(hexo: Hexo): void {
  storeMoreOnce(hexo);
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
