// The Hexo side of redirects, as data in and routes out: the notes' old paths
// (redirect_from, the old permalink) planned against the routes the site writes.
import { full_url_for, url_for } from 'hexo-util';
import { frontMatterKeyLine } from '../front-matter/lines';
import type { Hexo } from '../hexo';
import { uiString } from '../shared/i18n';
import { reportProblem } from '../shared/problems';
import { planRedirects, redirectPage, routeOf, type RedirectNote } from './redirects';

interface Moment {
  format(pattern: string): string;
}
interface PostDoc {
  _id: string;
  id?: unknown;
  slug?: string;
  source: string;
  path: string;
  title?: unknown;
  date: Moment;
  redirect_from?: unknown;
  raw?: unknown;
}

/** The tokens of Hexo's permalink (its post_permalink filter) that an old permalink may use. */
function tokensOf(post: PostDoc): Record<string, string> {
  const slug = post.slug ?? '';
  const formats = { year: 'YYYY', month: 'MM', day: 'DD', hour: 'HH', minute: 'mm', second: 'ss', i_month: 'M', i_day: 'D' };
  const tokens: Record<string, string> = { id: typeof post.id === 'string' || typeof post.id === 'number' ? String(post.id) : post._id, title: slug, name: slug.split('/').pop() ?? '' };
  for (const [token, pattern] of Object.entries(formats)) tokens[token] = post.date.format(pattern);
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
    tokens: tokensOf(post),
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
