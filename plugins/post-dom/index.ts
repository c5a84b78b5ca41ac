import type { Hexo, PostData } from '../hexo';
import { applyTransforms, sortTransforms, type PostTransform } from './transforms';

const registries = new WeakMap<Hexo, PostTransform[]>();

/** Adds a transform to the one-parse-per-note pass (see transforms.ts). */
export function registerPostTransform(hexo: Hexo, transform: PostTransform): void {
  const list = registries.get(hexo);
  if (!list) throw new Error('post-dom must be registered before the features that use it (plugins/index.ts)');
  list.push(transform);
}

export default function register(hexo: Hexo): void {
  const transforms: PostTransform[] = [];
  registries.set(hexo, transforms);
  let ordered: PostTransform[] | null = null;
  hexo.extend.filter.register('after_post_render', (post: PostData) => {
    if (transforms.length === 0) return post;
    ordered ??= sortTransforms(transforms);
    const { html, failures } = applyTransforms(post, ordered);
    post.content = html;
    for (const failure of failures) {
      const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
      hexo.log.error(`${post.source}: ${failure.name} failed: ${message}`);
    }
    return post;
  });
}
