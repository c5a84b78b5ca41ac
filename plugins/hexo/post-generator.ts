// A copy of Hexo's own post generator (hexo/dist/plugins/generator/post.js),
// with the sort order as a parameter; test/plugins/hexo/post-generator.test.ts
// checks that it still gives what Hexo's gives.
import type { Hexo } from './index';

interface NotePage {
  path: string;
  layout?: string;
  content?: string;
  prev?: NotePage;
  next?: NotePage;
  __post?: boolean;
}

/** Hexo's post generator, with the notes sorted by `order` (warehouse sort syntax, e.g. `-date source`) instead of `-date`. */
export function registerPostGenerator(hexo: Hexo, order: string): void {
  hexo.extend.generator.register('post', (locals) => {
    // Hexo's post type does not declare the prev/next/__post fields its generator sets.
    const posts = locals.posts.sort(order).toArray() as unknown as NotePage[];
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
