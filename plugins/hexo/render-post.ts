// Hexo's render_post filter (before_generate: renders every note without
// content) replaced by ours, and a note rendered in place as it renders one.
import type { Hexo, PostData } from './index';
import { internalChanged } from './version';

/** Hexo registers it from its own module, which plugins cannot import by a public path: it is found by its function's name. */
const HEXO_RENDER_POST = 'renderPostFilter';

/** Hexo's render_post filter as registered, or null. */
export function hexoRenderPost(hexo: Hexo): ((...args: unknown[]) => unknown) | null {
  return hexo.extend.filter.list('before_generate').find((fn) => fn.name === HEXO_RENDER_POST) ?? null;
}

/** Unregisters Hexo's render_post and registers `filter` in its place, at `priority`. */
export function replaceRenderPost(hexo: Hexo, filter: (this: Hexo) => Promise<void>, priority: number): void {
  const own = hexoRenderPost(hexo);
  if (!own) throw internalChanged('hexo', `its render_post filter (function ${HEXO_RENDER_POST}) is not registered for before_generate`);
  hexo.extend.filter.unregister('before_generate', own);
  hexo.extend.filter.register('before_generate', filter, priority);
}

// The document is the render data: Hexo renders notes in place.
type RenderData = Parameters<Hexo['post']['render']>[1];

/** Renders a note's document in place (its `content` from its `_content`), as render_post does. */
export async function renderNote(hexo: Hexo, note: PostData & { full_source: string }): Promise<void> {
  await hexo.post.render(note.full_source, note as unknown as RenderData);
}
