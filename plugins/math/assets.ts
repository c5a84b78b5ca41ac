// KaTeX's stylesheet and fonts, served by the site from the katex package (no
// CDN). Every browser the theme supports reads woff2, so the stylesheet is cut
// down to its woff2 sources and only those fonts are published.
import fs from 'node:fs';
import path from 'node:path';
import { KATEX_CSS, KATEX_DIR } from '../../shared/vendor';
import type { VendorFile } from '../shared/site';

export function katexDistDir(): string {
  return path.join(path.dirname(require.resolve('katex/package.json')), 'dist');
}

/** Drops the woff and ttf alternatives from every @font-face `src`. */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\((["'])(?:woff|truetype)\1\)/g, '');
}

/** The relative URLs a stylesheet references. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => m[2] ?? '');
  return [...new Set(urls.filter((u) => u && !/^(?:data:|[a-z]+:\/\/|\/)/i.test(u)))];
}

/** The stylesheet and every file it references; throws naming a referenced file that is missing. */
export function katexAssets(distDir: string = katexDistDir()): VendorFile[] {
  const css = woff2Only(fs.readFileSync(path.join(distDir, 'katex.min.css'), 'utf8'));
  const assets: VendorFile[] = [{ path: KATEX_CSS, text: css }];
  for (const url of cssUrls(css)) {
    const file = path.join(distDir, url);
    if (!fs.existsSync(file)) throw new Error(`katex.min.css references ${url}, which ${distDir} does not have`);
    assets.push({ path: path.posix.join(KATEX_DIR, url), file });
  }
  return assets;
}
