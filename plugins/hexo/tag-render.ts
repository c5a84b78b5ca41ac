// Hexo's tag renderer (`hexo.extend.tag.render`): Nunjucks over a note's text,
// with code already set aside. Hexo's types leave out `render` and its `env`.
import type { Hexo } from './index';
import { internalChanged } from './version';

/** Hexo's own rendering of a note's tags: Nunjucks and the tag plugins. */
export type RenderTags = (str: string, options?: object) => PromiseLike<string>;

interface TagExtend {
  render(str: string, options?: object, callback?: unknown): PromiseLike<string>;
  env: { hasExtension(name: string): boolean };
}

/** What a wrapper gets with each note's text: Hexo's own render, and which names are tag plugins. */
export interface TagRenderContext {
  render: RenderTags;
  isTag(name: string): boolean;
}

function tagExtend(hexo: Hexo): TagExtend {
  const tag = hexo.extend.tag as unknown as Partial<TagExtend>;
  if (typeof tag.render !== 'function') throw internalChanged('hexo', 'extend.tag.render is not a function');
  if (typeof tag.env?.hasExtension !== 'function') throw internalChanged('hexo', 'extend.tag.env (Nunjucks) has no hasExtension()');
  return tag as TagExtend;
}

/** Whether `name` is a tag plugin the site registered (Hexo's, a plugin's, a theme's script). */
export function isTagPlugin(hexo: Hexo, name: string): boolean {
  return tagExtend(hexo).env.hasExtension(name);
}

/**
 * Routes every tag render of a note through `wrap`; calls with a callback (not
 * Hexo's post rendering) keep Hexo's own.
 */
export function wrapTagRender(hexo: Hexo, wrap: (str: string, options: object | undefined, hexoTags: TagRenderContext) => PromiseLike<string>): void {
  const tag = tagExtend(hexo);
  const own = tag.render.bind(tag);
  const context: TagRenderContext = { render: (str, options) => own(str, options), isTag: (name) => tag.env.hasExtension(name) };
  tag.render = function renderNoteTags(str: string, options?: object, callback?: unknown): PromiseLike<string> {
    return callback ? own(str, options, callback) : wrap(str, options, context);
  };
}
