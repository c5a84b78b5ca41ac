import type { Hexo } from '../hexo';
import { AFTER_GENERATE } from '../pipeline';
import { writeRedirects } from './site';

export default function register(hexo: Hexo): void {
  // After every generator's routes are set: a redirect can see, and never replace, a real page.
  hexo.extend.filter.register('after_generate', () => writeRedirects(hexo), AFTER_GENERATE.REDIRECTS);
}
