// `top: true` read as `sticky` before the home page is generated (pin.ts), and
// the `note_pinned` helper the note list's pin badge asks.
import type { Hexo } from '../hexo';
import { setStoredFields, storedRecords } from '../hexo/records';
import { BEFORE_GENERATE } from '../pipeline';
import { isPinned, stickyFromTop } from './pin';

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register('before_generate', () => {
    let changed = false;
    for (const record of storedRecords(hexo, 'Post')) {
      const sticky = stickyFromTop(record);
      if (sticky === null) continue;
      setStoredFields(hexo, 'Post', record._id, { sticky });
      changed = true;
    }
    if (changed) hexo.locals.invalidate();
  }, BEFORE_GENERATE.PINNED);
  hexo.extend.helper.register('note_pinned', (post: { sticky?: unknown }) => isPinned(post));
}
