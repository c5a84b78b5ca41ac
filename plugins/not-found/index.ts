import type { Hexo } from '../hexo';

export default function register(hexo: Hexo): void {
  // A 404 page in the site's layout; static hosts (GitHub Pages) serve /404.html.
  hexo.extend.generator.register('not-found', () => ({
    path: '404.html',
    layout: ['404'],
    data: { title: '404', type: '404' },
  }));
}
