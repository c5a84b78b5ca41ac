// Every internal link of a built site, checked against the files it wrote.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

export function htmlFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }))
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/** The file a site path is served from, like a static host (`/x/` → `/x/index.html`), or null. */
function served(root: string, pathname: string): string | null {
  let file = path.join(root, pathname);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? file : null;
}

/** "page: attribute → problem" for each internal href/src/#fragment that does not resolve. */
export function brokenLinks(root: string, origin = 'http://site.invalid'): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
      set = new Set($('[id], a[name]').map((_, el) => $(el).attr('id') ?? $(el).attr('name') ?? '').get());
      ids.set(file, set);
    }
    return set;
  };
  for (const rel of htmlFiles(root)) {
    const $ = cheerio.load(fs.readFileSync(path.join(root, rel), 'utf8'));
    const base = new URL(`/${rel.replace(/index\.html$/, '')}`, origin);
    $('[href], [src]').each((_, el) => {
      for (const attr of ['href', 'src'] as const) {
        const value = $(el).attr(attr);
        if (value === undefined) continue;
        let url: URL;
        try {
          url = new URL(value, base);
        } catch {
          problems.push(`${rel}: ${attr}="${value}" is not a URL`);
          continue;
        }
        if (url.origin !== origin) continue;
        const pathname = decodeURIComponent(url.pathname);
        const file = served(root, pathname);
        if (!file) {
          problems.push(`${rel}: ${attr}="${value}" → ${pathname} does not exist`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
          problems.push(`${rel}: ${attr}="${value}" → no element with id "${fragment}" in ${path.relative(root, file)}`);
        }
      }
    });
  }
  return problems;
}
