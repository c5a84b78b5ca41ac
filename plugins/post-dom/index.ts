import type { Hexo, PostData } from '../hexo';
import { AFTER_POST_RENDER } from '../pipeline';
import { reportRenderFault } from '../shared/problems';
import { createRegistry, runPass } from './registry';

export { deferHtml, deferUntilParse, expandDeferred, registerPostTransform } from './registry';

export default function register(hexo: Hexo): void {
  const registry = createRegistry(hexo);
  hexo.extend.filter.register(
    'after_post_render',
    (post: PostData) => runPass(post, registry, (message) => reportRenderFault(hexo, post, message)),
    AFTER_POST_RENDER.POST_DOM,
  );
}
