// The /search/ page: what its generator returns, and the warning when the
// search box would have no index.
import path from 'node:path';

/** Why the search box would have no index, or null: `search.path` must name a .json file hexo-generator-search writes. */
export function indexPathProblem(search: unknown, hasUpstream: boolean): string | null {
  const configured = (search as { path?: unknown } | undefined)?.path;
  if (hasUpstream && typeof configured === 'string' && path.extname(configured) === '.json') return null;
  return `search: set \`search.path\` to a .json file (e.g. search.json) in _config.yml; got ${JSON.stringify(configured)}, so the search box has no index`;
}

/** The shareable results page, /search/?q=…; also where the header's form submits when scripts are off. */
export function searchPage(title: string): { path: string; layout: string[]; data: { title: string; type: string } } {
  return { path: 'search/index.html', layout: ['search'], data: { title, type: 'search' } };
}
