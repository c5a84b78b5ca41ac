// Obsolete HTML in notes made valid (convert.ts): a post-dom writer.
import type { Hexo } from '../hexo';
import { WRITE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { convertLegacyHtml, mayHoldLegacyHtml } from './convert';

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'legacy-html',
    phase: 'write',
    order: WRITE.LEGACY_HTML,
    run: ($, post) => {
      if (mayHoldLegacyHtml(post.content)) convertLegacyHtml($.root().toArray());
    },
  });
}
