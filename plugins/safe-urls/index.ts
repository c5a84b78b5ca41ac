import type { Hexo } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { cleanNote, removalMessage } from './safe-url';

export default function register(hexo: Hexo): void {
  // A writer that runs before every other transform, so none of them sees a hostile URL.
  registerPostTransform(hexo, {
    name: 'unsafe-urls',
    priority: 5,
    run($, post) {
      const { removed, copies } = cleanNote($, { excerpt: post.excerpt, more: post.more });
      for (const r of removed) hexo.log.warn(`${post.source}: ${removalMessage(r)}`);
      Object.assign(post, copies);
    },
  });
}
