// The transforms and the set-aside markup of one Hexo instance, and the pass that
// runs one note through them.
import type { Hexo, PostData } from '../hexo';
import { AFTER_PARSE, BEFORE_PARSE, DeferredHtml } from './deferred';
import { applyTransforms, sortTransforms, type PostTransform } from './transforms';

export interface Registry {
  transforms: PostTransform[];
  deferred: DeferredHtml;
  /** Expanded before the parse: what readers must see, kept as plain text through marked. */
  shells: DeferredHtml;
  /** Sorted on the first note: every feature has registered by then. */
  ordered: PostTransform[] | null;
}

const registries = new WeakMap<Hexo, Registry>();

export function createRegistry(hexo: Hexo): Registry {
  const created: Registry = { transforms: [], deferred: new DeferredHtml(AFTER_PARSE), shells: new DeferredHtml(BEFORE_PARSE), ordered: null };
  registries.set(hexo, created);
  return created;
}

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

/**
 * One note through every transform: the markup set aside until the parse comes
 * back first, the finished markup after; a transform that throws is reported through `fault`.
 */
export function runPass(post: PostData, reg: Registry, fault: (message: string) => void): PostData {
  post.content = reg.shells.expand(post, post.content, true);
  reg.shells.release(post);
  if (reg.transforms.length > 0) {
    reg.ordered ??= sortTransforms(reg.transforms);
    const { html, failures } = applyTransforms(post, reg.ordered);
    post.content = html;
    for (const failure of failures) {
      const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
      fault(`${failure.name} failed: ${message}`);
    }
  }
  post.content = reg.deferred.expand(post, post.content);
  reg.deferred.release(post);
  return post;
}
