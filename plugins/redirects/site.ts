// The Hexo side of redirects, as data in and routes out: the notes' old paths
// (redirect_from, the old permalink) planned against the routes the site writes.
import { createSha1Hash, full_url_for, slugize, url_for } from 'hexo-util';
import { frontMatterKeyLine } from '../front-matter/lines';
import type { Hexo } from '../hexo';
import { uiString } from '../shared/i18n';
import { reportProblem } from '../shared/problems';
import { planRedirects, redirectPage, routeOf, type RedirectNote } from './redirects';

interface Moment {
  format(pattern: string): string;
  unix(): number;
}
interface PostDoc {
  _id: string;
  id?: unknown;
  slug?: string;
  source: string;
  path: string;
  title?: unknown;
  date: Moment;
  categories?: unknown;
  redirect_from?: unknown;
  raw?: unknown;
}

/** What the categories virtual of a note gives: a query of category documents. */
interface CategoryQuery {
  length: number;
  last(): { slug?: unknown } | undefined;
}

/**
 * The tokens of Hexo's permalink as its post_permalink filter makes them
 * (hexo/dist/plugins/filter/post_permalink.js): the dates, id, title, name,
 * post_title, timestamp, hash, category, then every front-matter value
 * (`:abbrlink` of hexo-abbrlink) and `permalink_defaults`.
 */
function tokensOf(post: PostDoc, config: { default_category?: unknown; permalink_defaults?: unknown }): Record<string, string> {
  const slug = post.slug ?? '';
  const formats = { year: 'YYYY', month: 'MM', day: 'DD', hour: 'HH', minute: 'mm', second: 'ss', i_month: 'M', i_day: 'D', timestamp: 'X' };
  const categories = post.categories as CategoryQuery | undefined;
  const category = categories && categories.length > 0 ? categories.last()?.slug : config.default_category;
  const tokens: Record<string, string> = {
    id: typeof post.id === 'string' || typeof post.id === 'number' ? String(post.id) : post._id,
    title: slug,
    name: slug.split('/').pop() ?? '',
    post_title: slugize(typeof post.title === 'string' ? post.title : '', { transform: 1 }),
    hash: createSha1Hash().update(slug + post.date.unix().toString()).digest('hex').slice(0, 12),
  };
  if (typeof category === 'string' && category) tokens.category = category;
  for (const [token, pattern] of Object.entries(formats)) tokens[token] = post.date.format(pattern);
  const defaults = typeof config.permalink_defaults === 'object' && config.permalink_defaults !== null ? Object.entries(config.permalink_defaults) : [];
  for (const [key, value] of [...Object.entries(post), ...defaults]) {
    if (!(key in tokens) && (typeof value === 'string' || typeof value === 'number') && String(value) !== '') tokens[key] = String(value);
  }
  return tokens;
}

/** Which file makes each route that is a note or a page; other routes are the site's own. */
function owners(hexo: Hexo): Map<string, string> {
  const file = (source: string): string => `${hexo.config.source_dir}/${source}`;
  const taken = new Map<string, string>(hexo.route.list().map((route) => [route, `the site's own page /${route}`]));
  for (const model of ['posts', 'pages'] as const) {
    for (const doc of (hexo.locals.get(model) as { toArray(): PostDoc[] }).toArray()) {
      const route = routeOf(doc.path);
      if (route) taken.set(route, file(doc.source));
    }
  }
  return taken;
}

/** Plans the redirects over the notes and sets a small page at each old path; problems go to the registry. */
export function writeRedirects(hexo: Hexo): void {
  const config = hexo.config as unknown as { redirects?: { permalink?: unknown }; language?: unknown };
  const oldPermalink = typeof config.redirects?.permalink === 'string' && config.redirects.permalink.trim() ? config.redirects.permalink.trim() : null;
  const posts = (hexo.locals.get('posts') as { toArray(): PostDoc[] }).toArray();
  const notes: RedirectNote[] = posts.map((post) => ({
    source: post.source,
    file: `${hexo.config.source_dir}/${post.source}`,
    title: typeof post.title === 'string' ? post.title : '',
    path: post.path,
    redirectFrom: post.redirect_from,
    // Only a note that has one can have a problem with it: the others' sources are not read.
    redirectFromLine: post.redirect_from === undefined ? null : frontMatterKeyLine(post.raw, 'redirect_from'),
    tokens: tokensOf(post, hexo.config as { default_category?: unknown; permalink_defaults?: unknown }),
  }));
  const { redirects, problems } = planRedirects(notes, oldPermalink, owners(hexo));
  for (const p of problems) reportProblem(hexo, { level: 'error', file: p.file, line: p.line, message: p.message });
  const lang = String(Array.isArray(config.language) ? config.language[0] : (config.language ?? 'en'));
  const moved = uiString(hexo, 'redirect_moved');
  const ctx = { config: hexo.config };
  for (const r of redirects) {
    hexo.route.set(r.route, redirectPage({ lang, title: r.title, href: url_for.call(ctx, r.target), canonical: full_url_for.call(ctx, r.target), moved }));
  }
}
