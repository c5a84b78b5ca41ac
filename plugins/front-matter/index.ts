// Checked front matter: flags that are not booleans, ids from file names, empty,
// unusable, shared and reserved ids, notes Hexo could not read.
import type { Hexo } from '../hexo';
import { acceptEmptyIds } from '../hexo/empty-ids';
import { trackUnreadNotes } from '../hexo/post-processor';
import { BEFORE_GENERATE } from '../pipeline';
import { assignNoteIds, checkNotes } from './check-notes';

export default function register(hexo: Hexo): void {
  acceptEmptyIds(hexo);
  const unread = trackUnreadNotes(hexo);
  hexo.extend.filter.register('before_generate', () => assignNoteIds(hexo), BEFORE_GENERATE.NOTE_IDS);
  hexo.extend.filter.register('before_generate', () => checkNotes(hexo, unread), BEFORE_GENERATE.NOTE_CHECKS);
}
