import type { Hexo, PostData } from '../hexo';
import { reportRenderFault } from '../shared/problems';
import { AFTER_PARSE, BEFORE_PARSE, DeferredHtml } from './deferred';
import { applyTransforms, sortTransforms, type PostTransform } from './transforms';
import { AFTER_POST_RENDER } from '../pipeline';

interface Registry {
  transforms: PostTransform[];
  deferred: DeferredHtml;
  /** Expanded before the parse: what readers must see, kept as plain text through marked. */
  shells: DeferredHtml;
}

const registries = new WeakMap<Hexo, Registry>();

function registry(hexo: Hexo): Registry {
  const found = registries.get(hexo);
  if (!found) throw new Error('post-dom must be registered before the features that use it (plugins/index.ts)');
  return found;
}

/** Adds a transform to the one-parse-per-note pass (see transforms.ts). */
export function registerPostTransform(hexo: Hexo, transform: PostTransform): void {
  registry(hexo).transforms.push(transform);
}

/**
 * Sets finished markup aside while a note renders (see deferred.ts): the returned
 * placeholder goes into the note, the markup comes back after the transforms.
 */
export function deferHtml(hexo: Hexo, post: PostData, html: string): string {
  return registry(hexo).deferred.defer(post, html);
}

/**
 * Sets markup aside until marked is done: the returned placeholder is plain text
 * to marked (see deferred.ts), the markup is back before the note's one parse.
 * Inside an attribute the placeholder becomes `plain`.
 */
export function deferUntilParse(hexo: Hexo, post: PostData, html: string, plain: string): string {
  return registry(hexo).shells.defer(post, html, plain);
}

/** A piece of the note's markup, as a transform reads it, with set-aside markup put back. */
export function expandDeferred(hexo: Hexo, post: PostData, html: string): string {
  return registry(hexo).deferred.expand(post, html);
}

export default function register(hexo: Hexo): void {
  const transforms: PostTransform[] = [];
  const deferred = new DeferredHtml(AFTER_PARSE);
  const shells = new DeferredHtml(BEFORE_PARSE);
  registries.set(hexo, { transforms, deferred, shells });
  let ordered: PostTransform[] | null = null;
  hexo.extend.filter.register(
    'after_post_render',
    (post: PostData) => {
      post.content = shells.expand(post, post.content, true);
      shells.release(post);
      if (transforms.length > 0) {
        ordered ??= sortTransforms(transforms);
        const { html, failures } = applyTransforms(post, ordered);
        post.content = html;
        for (const failure of failures) {
          const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
          reportRenderFault(hexo, post, `${failure.name} failed: ${message}`);
        }
      }
      post.content = deferred.expand(post, post.content);
      deferred.release(post);
      return post;
    },
    AFTER_POST_RENDER.POST_DOM,
  );
}
