// Replacing a stored note's tags after Hexo has read it: the Post document's
// own setTags (which also updates the Tag and PostTag models), as Hexo's post
// processor calls it. Not part of Hexo's documented API.
import type { Hexo } from './index';
import { internalChanged } from './version';

interface PostDocument {
  setTags?: (tags: string[]) => PromiseLike<unknown>;
}

/** Sets the note's tags to `names` and records `fields` on it (saved in db.json). */
export async function replacePostTags(hexo: Hexo, id: string, names: string[], fields: Record<string, unknown>): Promise<void> {
  const Post = hexo.model('Post');
  const doc = Post.findById(id) as unknown as PostDocument | undefined;
  if (!doc) return;
  if (typeof doc.setTags !== 'function') throw internalChanged('hexo', 'Post documents have no setTags');
  await doc.setTags(names);
  await Post.updateById(id, fields);
}
