// Checks every site link of every note against the routes the build wrote and
// the element ids of the target page: one set of routes, one set of ids per
// note or page, so the check is linear in the size of the site.
import { LinkLines } from './lines';
import type { SiteLink } from './collect';

export interface LinkingPage {
  /** The file named in messages, e.g. `source/_posts/a.md`. */
  file: string;
  /** The page's route, as Hexo's router writes it (`ai/index.html`). */
  route: string;
  raw?: string;
  links: readonly SiteLink[];
}

export interface BrokenLink {
  file: string;
  line: number | null;
  message: string;
}

const BASE = 'http://site.invalid';

function decode(text: string, decoder: (text: string) => string = decodeURIComponent): string {
  try {
    return decoder(text);
  } catch {
    return text;
  }
}

/** The router's name of a path under root: `a/` → `a/index.html`. */
export function routeOf(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  return !path || path.endsWith('/') ? `${path}index.html` : path;
}

/** The route a written path is served from, as a static host serves it (`/a` → `a/index.html`), or null. */
function servedRoute(route: string, routes: ReadonlySet<string>): string | null {
  if (routes.has(route)) return route;
  if (routes.has(`${route}/index.html`)) return `${route}/index.html`;
  return null;
}

function brokenReason(href: string, page: LinkingPage, root: string, routes: ReadonlySet<string>, ids: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const base = new URL(root + page.route.replace(/index\.html$/, ''), BASE);
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== BASE) return null;
  const pathname = decode(url.pathname);
  if (!pathname.startsWith(root)) return `outside the site's root ${root}`;
  const target = servedRoute(routeOf(pathname.slice(root.length)), routes);
  if (!target) return `no page at ${pathname}`;
  const anchor = decode(url.hash.slice(1));
  const targetIds = ids.get(target);
  if (anchor && targetIds && !targetIds.has(anchor)) return `no element with id "${anchor}" on ${pathname}`;
  return null;
}

/** Quotes around a link's address: Markdown `[t]("https://…")` makes the quoted text a path on this site. */
const QUOTED = /^\s*(["'“‘「『])(.*?)(["'”’」』])?\s*$/u;

/** The address without the quotes around it, when what they hold is an address of its own. */
export function unquotedAddress(href: string): string | null {
  const inner = QUOTED.exec(href)?.[2]?.trim();
  return inner && /^(?:[a-z][a-z\d+.-]*:|\/|#|\.)/i.test(inner) ? inner : null;
}

function brokenMessage(text: string, href: string, reason: string): string {
  const shown = decode(href, decodeURI);
  const unquoted = unquotedAddress(shown);
  if (unquoted) return `dead link "${text}" → ${shown}: the address is in quotes, so it is read as a path on this site (${reason}); write (${unquoted}) without them`;
  return `dead link "${text}" → ${shown}: ${reason}`;
}

/**
 * The broken links of `pages`. `ids` maps the routes of notes, pages and
 * listings to their element ids (the layout's included); anchors into other
 * routes (files, redirect pages) are not checked, only their paths.
 */
export function findBrokenLinks(pages: readonly LinkingPage[], root: string, routes: ReadonlySet<string>, ids: ReadonlyMap<string, ReadonlySet<string>>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const lines = new LinkLines(page.raw);
    for (const [href, text] of page.links) {
      const line = lines.next(href);
      const reason = brokenReason(href, page, root, routes, ids);
      if (reason) broken.push({ file: page.file, line, message: brokenMessage(text, href, reason) });
    }
  }
  return broken;
}
