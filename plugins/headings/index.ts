// Heading ids (a post-dom writer, last) and the table of contents (a reader; the
// `note_toc` helper renders it in the layout).
import type { Hexo, PostData } from '../hexo';
import { WRITE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { LAYOUT_IDS } from '../../shared/layout';
import { assignHeadingIds, headingSlug, tocEntries } from './ids';
import { noteToc, type TocLocals } from './toc-helper';
import { mayHoldTocMarker, removeTocMarkers } from './toc-marker';

export default function register(hexo: Hexo): void {
  // hexo-renderer-marked's `modifyAnchors` (1: lower case, 2: upper case) shapes the ids as it would.
  const transform = Number((hexo.config.marked as { modifyAnchors?: unknown } | undefined)?.modifyAnchors) || 0;
  const slug = (text: string): string => headingSlug(text, transform);
  registerPostTransform(hexo, { name: 'heading-ids', phase: 'write', order: WRITE.HEADING_IDS, run: ($) => assignHeadingIds($, LAYOUT_IDS, slug) });
  registerPostTransform(hexo, {
    name: 'toc-marker',
    phase: 'write',
    order: WRITE.TOC_MARKER,
    run: ($, post) => {
      if (mayHoldTocMarker(post.content)) removeTocMarkers($);
    },
  });
  registerPostTransform(hexo, {
    name: 'toc',
    phase: 'read',
    run: ($, post) => {
      post.toc = tocEntries($);
    },
  });
  hexo.extend.helper.register('note_toc', function (page: PostData) {
    return noteToc(page, this as unknown as TocLocals, uiString(hexo, 'toc'));
  });
}
