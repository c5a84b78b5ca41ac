import type { Hexo } from '../hexo';
import { inFrontMatterOrder, tagNames } from './order';

interface TagDoc {
  name: string;
}
interface TagQuery {
  data: TagDoc[];
  constructor: new (data: TagDoc[]) => TagQuery;
}
interface PostDoc {
  _id: string;
  tag_order?: string[];
  setTags: (this: PostDoc, tags: unknown) => PromiseLike<unknown>;
}
interface PostModel {
  schema: { path(name: string): { getter?: (this: PostDoc) => TagQuery } };
  Document: { prototype: PostDoc };
  updateById(id: string, update: object): PromiseLike<unknown>;
}

interface NotePage {
  path: string;
  layout?: string;
  content?: string;
  prev?: NotePage;
  next?: NotePage;
  __post?: boolean;
}

/**
 * Hexo's own post generator, except that notes of the same date are ordered by
 * file: its plain `-date` sort leaves them in the order the files were read, so a
 * note's previous/next links could change from one build to the next.
 */
function registerPostGenerator(hexo: Hexo): void {
  hexo.extend.generator.register('post', (locals) => {
    // Hexo's post type does not declare the prev/next/__post fields its generator sets.
    const posts = locals.posts.sort('-date source').toArray() as unknown as NotePage[];
    return posts.map((post, i) => {
      const { path, layout } = post;
      if (!layout || layout === 'false') return { path, data: post.content };
      if (i > 0) post.prev = posts[i - 1];
      if (i < posts.length - 1) post.next = posts[i + 1];
      post.__post = true;
      return { path, layout: layout === 'post' ? ['post', 'page', 'index'] : [layout, 'post', 'page', 'index'], data: post };
    });
  });
}

/**
 * Hexo returns a note's tags in the order the tags were first created across the
 * whole site, which depends on which file its parallel processing read first: the
 * same sources could list a note's tags (and choose its sidebar group, the first
 * tag) differently from one build to the next. Here they follow the front matter.
 */
export default function register(hexo: Hexo): void {
  registerPostGenerator(hexo);
  // warehouse's model internals are not typed by Hexo.
  const Post = hexo.model('Post') as unknown as PostModel;
  const virtual = Post.schema.path('tags');
  const getTags = virtual.getter;
  if (!getTags) throw new Error('stable-order: the Post model has no `tags` getter (Hexo changed?)');
  virtual.getter = function (this: PostDoc) {
    const query = getTags.call(this);
    const order = this.tag_order;
    if (!Array.isArray(order) || query.data.length < 2) return query;
    return new query.constructor(inFrontMatterOrder(query.data, order));
  };

  const setTags = Post.Document.prototype.setTags;
  Post.Document.prototype.setTags = async function (this: PostDoc, tags: unknown) {
    const result = await setTags.call(this, tags);
    // Saved with the note (db.json), so a cached build keeps the same order.
    await Post.updateById(this._id, { tag_order: tagNames(tags) });
    return result;
  };
}
