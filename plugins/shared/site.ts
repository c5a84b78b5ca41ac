import type { SiteLocals } from '../hexo';

/** Whether any post or page has a derived flag set (e.g. `has_math`): vendor files are published only then. */
export function anyPage(locals: SiteLocals, flag: string): boolean {
  const has = (doc: object): boolean => (doc as Record<string, unknown>)[flag] === true;
  return locals.posts.toArray().some(has) || locals.pages.toArray().some(has);
}
