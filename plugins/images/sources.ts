// Where an image a note names comes from: another site, a file of this site's
// source/ (the note's asset folder included) or of the theme's source/ (which
// Hexo publishes at the same paths, the site's own file winning), inline data,
// or none we read.
import path from 'node:path';
import { remoteKey } from './store';

export type ImageSource =
  | { kind: 'remote'; key: string }
  /** `url`: the site path the page uses (root included); `files`: where it may be, in order. */
  | { kind: 'local'; url: string; files: string[] }
  | { kind: 'data'; bytes: Uint8Array }
  | { kind: 'other' };

export interface PageContext {
  /** The site's `root`, e.g. `/` or `/blog/`. */
  root: string;
  /** The page's path below the root, e.g. `ai/` (Hexo's `path`). */
  pagePath: string;
  sourceDir: string;
  /** The theme's source/ folder, or null when there is none. */
  themeSourceDir: string | null;
  /** The note's asset folder when post_asset_folder is on (`{% asset_img %}`, `![](./x.png)`). */
  assetDir: string | null;
}

const DATA_IMAGE = /^data:image\/[\w.+-]+;base64,/i;

function decodeData(src: string): Uint8Array | null {
  const m = DATA_IMAGE.exec(src);
  return m ? Buffer.from(src.slice(m[0].length), 'base64') : null;
}

/** Files that may hold the site path `sitePath` (no root, no leading slash). */
function candidates(sitePath: string, ctx: PageContext): string[] {
  const parts = sitePath.split('/').filter(Boolean);
  if (parts.length === 0 || parts.includes('..')) return [];
  const files: string[] = [];
  const own = ctx.pagePath.replace(/[^/]*$/, '');
  if (ctx.assetDir && own && sitePath.startsWith(own)) files.push(path.join(ctx.assetDir, ...sitePath.slice(own.length).split('/')));
  // Folders starting with _ (or .) under source/ are not published as they are.
  if (/^[_.]/.test(parts[0] ?? '')) return files;
  files.push(path.join(ctx.sourceDir, ...parts));
  if (ctx.themeSourceDir) files.push(path.join(ctx.themeSourceDir, ...parts));
  return files;
}

export function resolveSource(src: string, ctx: PageContext): ImageSource {
  const text = src.trim();
  const key = remoteKey(text);
  if (key) return { kind: 'remote', key };
  const bytes = decodeData(text);
  if (bytes) return { kind: 'data', bytes };
  if (!text || /^[a-z][a-z\d+.-]*:/i.test(text)) return { kind: 'other' };
  // A path from / is one in the site (below `root`, which is put before it unless
  // written); any other is relative to the page's folder (or its asset folder).
  const rooted = text.startsWith(ctx.root) && ctx.root !== '/' ? `/${text.slice(ctx.root.length)}` : text;
  const url = new URL(rooted, new URL(`http://site/${ctx.pagePath}`));
  if (url.host !== 'site') return { kind: 'other' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'other' };
  }
  return { kind: 'local', url: `${ctx.root}${url.pathname.slice(1)}${url.search}`, files: candidates(decoded.slice(1), ctx) };
}

/** `srcset` with each candidate's URL replaced by `map` (descriptors kept). */
export function mapSrcset(srcset: string, map: (url: string) => string): string {
  return srcset
    .split(/,(?=\s*\S)/)
    .map((c) => {
      const [url = '', ...rest] = c.trim().split(/\s+/);
      return [map(url), ...rest].join(' ');
    })
    .join(', ');
}
