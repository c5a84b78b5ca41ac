// Old links keep working: small pages at a note's old paths (`redirect_from:`
// in the note, `redirects.permalink:` in _config.yml) that send the reader to
// its URL. Pure: paths and notes in, pages and problems out.
import { Permalink } from 'hexo-util';
import { escapeHtml } from '../shared/html';

export interface RedirectNote {
  source: string;
  /** The note's file, as messages name it. */
  file: string;
  title: string;
  /** Its route path, e.g. `lora/` (Hexo's `path`). */
  path: string;
  redirectFrom: unknown;
  /** The file line of its `redirect_from:`, or null. */
  redirectFromLine: number | null;
  /** Values for the old permalink's tokens (year, month, day, id, title…). */
  tokens: Record<string, string>;
}

export interface Redirect {
  /** The route written, e.g. `2023/lora/index.html`. */
  route: string;
  /** The note's path it sends to. */
  target: string;
  file: string;
  title: string;
}

export interface RedirectProblem {
  file: string;
  line: number | null;
  message: string;
}

/** A site path (`/2023/lora/`, `old.html`) as the route Hexo writes (`2023/lora/index.html`); null when not a path of this site. */
export function routeOf(path: string): string | null {
  const trimmed = path.trim();
  // Only paths on this site: no scheme, no host (`//x`), nothing a URL would read differently.
  if (!trimmed || /^[a-z][a-z0-9+.-]*:|^\/\/|^\\|[\s?#%\\"'<>]|(^|\/)\.\.?(\/|$)/i.test(trimmed)) return null;
  const rel = trimmed.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  return /\.[a-z0-9]+$/i.test(rel) ? rel : `${rel}/index.html`;
}

function fromPaths(note: RedirectNote, problems: RedirectProblem[]): string[] {
  const value = note.redirectFrom;
  if (value === undefined || value === null) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const paths: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && routeOf(item) !== null) paths.push(item);
    else problems.push({ file: note.file, line: note.redirectFromLine, message: `redirect_from ${JSON.stringify(item) ?? String(item)} is not a path on this site (write /old/path/; other sites are not redirected); no redirect is written for it` });
  }
  return paths;
}

/**
 * Every redirect page to write. `taken` maps the routes of real pages to the file
 * that makes them: a redirect there, or at a route another redirect already
 * has, is an error naming both files and is not written.
 */
export function planRedirects(notes: readonly RedirectNote[], oldPermalink: string | null, taken: ReadonlyMap<string, string>): { redirects: Redirect[]; problems: RedirectProblem[] } {
  const problems: RedirectProblem[] = [];
  const permalink = oldPermalink ? new Permalink(oldPermalink) : null;
  // A note without a value for one of its tokens (a note written after the move has no `abbrlink`) had no such old path.
  const hasTokens = (note: RedirectNote): boolean => permalink !== null && permalink.params.every((name) => note.tokens[name] !== undefined);
  const unknown = permalink?.params.filter((name) => !notes.some((note) => note.tokens[name] !== undefined)) ?? [];
  if (unknown.length > 0 && notes.length > 0) {
    problems.push({ file: '_config.yml', line: null, message: `redirects.permalink "${oldPermalink ?? ''}": no note has ${unknown.map((n) => `:${n}`).join(', ')} (a front-matter key or one of Hexo's permalink tokens); no old-permalink redirect is written` });
  }
  const claimed = new Map<string, string>();
  const redirects: Redirect[] = [];
  const sorted = [...notes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const note of sorted) {
    const own = routeOf(note.path);
    const olds = fromPaths(note, problems).map((p) => ({ path: p, why: 'redirect_from' }));
    if (permalink && hasTokens(note)) olds.push({ path: permalink.stringify(note.tokens), why: `redirects.permalink "${oldPermalink ?? ''}"` });
    for (const old of olds) {
      const route = routeOf(old.path);
      if (route === null || route === own) continue;
      const owner = taken.get(route) ?? claimed.get(route);
      if (owner !== undefined) {
        if (owner !== note.file) problems.push({ file: note.file, line: old.why === 'redirect_from' ? note.redirectFromLine : null, message: `${old.why} /${route.replace(/index\.html$/, '')} would overwrite ${owner}; no redirect is written there` });
        continue;
      }
      claimed.set(route, note.file);
      redirects.push({ route, target: note.path, file: note.file, title: note.title });
    }
  }
  return { redirects, problems };
}

/** The redirect page: a meta refresh and the canonical link to the note, and a link a reader can follow. */
export function redirectPage(options: { lang: string; title: string; href: string; canonical: string; moved: string }): string {
  const href = escapeHtml(options.href);
  const title = escapeHtml(options.title);
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(options.canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${escapeHtml(options.moved)} <a href="${href}">${title}</a></p>
</body>
</html>
`;
}
