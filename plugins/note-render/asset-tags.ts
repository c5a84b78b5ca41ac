// Hexo's asset tags (`{% asset_img %}`, `{% asset_path %}`, `{% asset_link %}`)
// render nothing when the note has no such asset, and `{% include_code %}` when
// there is no such file under code_dir: the image, link or code is simply gone.
// These are found in the text Nunjucks gets, so each can be reported. Pure.
import { protectedRanges } from './nunjucks-scan';

const ASSET_TAG = /\{%-?\s*(asset_img|asset_path|asset_link)\s+((?:[^%]|%(?!\}))*?)\s*-?%\}/g;

/** A tag's arguments as Hexo splits them: on spaces, a quoted argument kept whole. */
function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

export interface AssetUse {
  /** The tag as written, to find its line. */
  construct: string;
  name: string;
  /** The file it names. */
  slug: string;
}

/**
 * The asset tags whose file the note does not have. asset_img takes the first of
 * its arguments that is an asset (a class may come before it), as Hexo does; the
 * others name it first.
 */
export function missingAssets(text: string, hasAsset: (slug: string) => boolean): AssetUse[] {
  const missing: AssetUse[] = [];
  const ranges = protectedRanges(text);
  for (const match of text.matchAll(ASSET_TAG)) {
    if (ranges.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const name = match[1] ?? '';
    const args = splitArgs(match[2] ?? '');
    const candidates = name === 'asset_img' ? args : args.slice(0, 1);
    if (candidates.length === 0 || candidates.some(hasAsset)) continue;
    const slug = name === 'asset_img' ? (args.find((a) => /\.\w+$/.test(a)) ?? args[0] ?? '') : (args[0] ?? '');
    missing.push({ construct: match[0], name, slug });
  }
  return missing;
}

const INCLUDE_TAG = /\{%-?\s*include_code\s+((?:[^%]|%(?!\}))*?)\s*-?%\}/g;

/**
 * The file an `{% include_code [title] [lang:x] [from:n] [to:n] path %}` names, as
 * Hexo reads it (hexo/dist/plugins/tag/include_code.js): the options taken out,
 * the last word is the path under code_dir.
 */
export function includedFile(args: string): string | null {
  const rest = args.replace(/\s*lang:\w+/i, '').replace(/\s*from:\d+/i, '').replace(/\s*to:\d+/i, '');
  return /(?:\s+|^)(\/*\S+)$/.exec(rest.trim())?.[1] ?? null;
}

/** The `{% include_code %}` tags whose file is not a page of the site (`isPage` takes the path under code_dir). */
export function missingIncludes(text: string, isPage: (file: string) => boolean): AssetUse[] {
  const ranges = protectedRanges(text);
  const missing: AssetUse[] = [];
  for (const match of text.matchAll(INCLUDE_TAG)) {
    if (ranges.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const file = includedFile(match[1] ?? '');
    if (file !== null && !isPage(file)) missing.push({ construct: match[0], name: 'include_code', slug: file });
  }
  return missing;
}
