// Hexo's tag renderer (`hexo.extend.tag.render`): Nunjucks over a note's text,
// with code already set aside. Hexo's types leave out `render` and its `env`.
import type { Hexo } from './index';
import { internalChanged } from './version';

/** Hexo's own rendering of a note's tags: Nunjucks and the tag plugins. */
export type RenderTags = (str: string, options?: object) => PromiseLike<string>;

interface TagExtend {
  render(str: string, options?: object, callback?: unknown): PromiseLike<string>;
  env: { hasExtension(name: string): boolean; getExtension(name: string): { fn?: unknown } | undefined };
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
 * Whether tag `name` is still Hexo's own `{% link %}` (registered as link, a and
 * anchor): no theme or plugin has put its own in its place. Hexo keeps a tag's
 * function on its Nunjucks extension as `fn`.
 */
export function isHexoLinkTag(hexo: Hexo, name: string): boolean {
  const extension = tagExtend(hexo).env.getExtension(name);
  if (!extension) return false;
  if (!('fn' in extension)) throw internalChanged('hexo', `the Nunjucks extension of tag "${name}" has no fn (the tag's function)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Hexo's own link tag, the function it registers
  return extension.fn === require('hexo/dist/plugins/tag/link');
}

/**
 * Whether `{% image %}` is still Hexo's own (its alias of `{% img %}`). Hexo
 * registers a closure made per site, so the function is known by its source.
 */
export function isHexoImageTag(hexo: Hexo): boolean {
  const fn = tagExtend(hexo).env.getExtension('image')?.fn;
  if (typeof fn !== 'function') return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Hexo's own img tag factory, for the source of what it makes
  const hexoImg = (require('hexo/dist/plugins/tag/img') as (ctx: Hexo) => unknown)(hexo);
  return String(fn) === String(hexoImg);
}

/** A tag's function as Hexo calls it: the note (or page) as `this`, the arguments split on spaces. */
export type TagFunction = (this: unknown, args: string[], content?: string) => unknown;

/** The function registered for tag `name`, or undefined (Hexo keeps it on its Nunjucks extension as `fn`). */
export function tagFunction(hexo: Hexo, name: string): TagFunction | undefined {
  const extension = tagExtend(hexo).env.getExtension(name);
  if (!extension) return undefined;
  if (typeof extension.fn !== 'function') throw internalChanged('hexo', `the Nunjucks extension of tag "${name}" has no fn (the tag's function)`);
  return extension.fn as TagFunction;
}

/** Hexo's error for a {% post_link %} / {% post_path %} whose note does not exist: "Post not found: post_link x." */
export function isPostNotFound(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Post not found');
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
