// A note's tags as Hexo's Post model gives them (its `tags` virtual) and sets
// them (its `setTags` method): both reached through warehouse's model internals.
import type { Hexo } from './index';
import { setStoredFields } from './records';
import { internalChanged } from './version';

interface TagDoc {
  name: string;
}
interface TagQuery {
  data: TagDoc[];
  constructor: new (data: TagDoc[]) => TagQuery;
}
interface PostDoc {
  _id: string;
  setTags: (this: PostDoc, tags: unknown) => PromiseLike<unknown>;
}
interface PostModel {
  schema: { path(name: string): { getter?: (this: PostDoc) => TagQuery } | undefined };
  Document: { prototype: Partial<PostDoc> };
}

/** How a note's tags are listed and what is kept when they are set. */
export interface TagOrder {
  /** The tags Hexo found for the note (the document's fields beside them), as the note lists them; null keeps Hexo's order. */
  order(tags: readonly TagDoc[], note: Readonly<Record<string, unknown>>): TagDoc[] | null;
  /** Fields saved with the note when Hexo sets its tags (from the front matter's `tags`). */
  keep(tags: unknown): Readonly<Record<string, unknown>>;
}

// warehouse's model internals are not typed by Hexo.
function postModel(hexo: Hexo): PostModel {
  return hexo.model('Post') as unknown as PostModel;
}

/** Wraps the Post model's `tags` getter and `setTags` method. */
export function orderTags(hexo: Hexo, tagOrder: TagOrder): void {
  const Post = postModel(hexo);
  const virtual = Post.schema.path('tags');
  const getTags = virtual?.getter;
  if (!virtual || !getTags) throw internalChanged('hexo', 'the Post model has no `tags` virtual with a getter');
  virtual.getter = function (this: PostDoc) {
    const query = getTags.call(this);
    if (!Array.isArray(query.data)) return query;
    const ordered = tagOrder.order(query.data, this as unknown as Readonly<Record<string, unknown>>);
    return ordered ? new query.constructor(ordered) : query;
  };

  const setTags = Post.Document.prototype.setTags;
  if (typeof setTags !== 'function') throw internalChanged('hexo', 'the Post model has no `setTags` method');
  Post.Document.prototype.setTags = async function (this: PostDoc, tags: unknown) {
    const result = await setTags.call(this, tags);
    // Saved with the note (db.json), so a cached build keeps the same order.
    setStoredFields(hexo, 'Post', this._id, tagOrder.keep(tags));
    return result;
  };
}
