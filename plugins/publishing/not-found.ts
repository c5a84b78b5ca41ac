/** A 404 page in the site's layout; static hosts (GitHub Pages) serve /404.html. */
export function notFoundPage(): { path: string; layout: string[]; data: { title: string; type: string } } {
  return { path: '404.html', layout: ['404'], data: { title: '404', type: '404' } };
}
