import type { Hexo } from '../hexo';
import { registerPostGenerator } from '../hexo/post-generator';
import { orderTags } from '../hexo/tags';
import { frontMatterTagOrder } from './order';

/**
 * Builds give the same order every time. Hexo's post generator sorts by `-date`
 * alone, leaving same-date notes in the order the files were read, so a note's
 * previous/next links could change from one build to the next: here they are
 * ordered by file too. Hexo returns a note's tags in the order the tags were
 * first created across the whole site, which depends on which file its parallel
 * processing read first (and the first tag chooses the sidebar group): here they
 * follow the front matter.
 */
export default function register(hexo: Hexo): void {
  registerPostGenerator(hexo, '-date source');
  orderTags(hexo, frontMatterTagOrder);
}
