// Checked front matter: flags that are not booleans, ids from file names, empty,
// unusable, shared and reserved ids, notes Hexo could not read.
import type { Hexo, PostData } from '../hexo';
import { acceptEmptyIds } from '../hexo/empty-ids';
import { trackUnreadNotes } from '../hexo/post-processor';
import { BEFORE_GENERATE, BEFORE_POST_RENDER } from '../pipeline';
import { checkNotes } from './check-notes';

function isNote(post: PostData): boolean {
  return /^_(posts|drafts)\//.test(post.source);
}

export default function register(hexo: Hexo): void {
  acceptEmptyIds(hexo);
  const unread = trackUnreadNotes(hexo);

  // Runs only when a note is (re)read, so what the author wrote is kept apart
  // from the id this feature publishes it under.
  hexo.extend.filter.register(
    'before_post_render',
    (post: PostData) => {
      if (isNote(post)) post.front_id = post.id === undefined ? false : post.id;
      return post;
    },
    BEFORE_POST_RENDER.FRONT_ID,
  );

  hexo.extend.filter.register('before_generate', () => checkNotes(hexo, unread), BEFORE_GENERATE.NOTE_CHECKS);
}
