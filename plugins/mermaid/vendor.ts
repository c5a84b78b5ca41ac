// The mermaid library, served by the site from the mermaid package (no CDN): its
// minified ESM build, whose diagram types are separate chunks the browser fetches
// only when a page draws that kind of diagram.
import fs from 'node:fs';
import path from 'node:path';
import { MERMAID_DIR, MERMAID_ENTRY, MERMAID_MODULE } from '../../shared/vendor';
import type { VendorFile as SiteVendorFile } from '../shared/site';

const CHUNKS = 'chunks/mermaid.esm.min';

/** A file copied from the package into the site. */
type VendorFile = Required<Pick<SiteVendorFile, 'path' | 'file'>>;

export function mermaidDistDir(): string {
  return path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist');
}

/** Relative module specifiers a module imports, statically or with import(). */
export function relativeImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*(["'])(\.{1,2}\/[^"']+)\1/g)) found.add(m[2] ?? '');
  return [...found];
}

/** The entry module and its chunks (source maps left out). */
export function mermaidFiles(distDir: string = mermaidDistDir()): VendorFile[] {
  const entry = path.join(distDir, MERMAID_ENTRY);
  if (!fs.existsSync(entry)) throw new Error(`the mermaid package has no dist/${MERMAID_ENTRY}`);
  const files: VendorFile[] = [{ path: MERMAID_MODULE, file: entry }];
  for (const name of fs.readdirSync(path.join(distDir, CHUNKS)).sort()) {
    if (name.endsWith('.mjs')) files.push({ path: `${MERMAID_DIR}/${CHUNKS}/${name}`, file: path.join(distDir, CHUNKS, name) });
  }
  return files;
}

/** Imports among `files` that point at no served file, as "importer -> specifier". */
export function unresolvedImports(files: readonly VendorFile[]): string[] {
  const served = new Set(files.map((f) => f.path));
  const missing: string[] = [];
  for (const f of files) {
    for (const spec of relativeImports(fs.readFileSync(f.file, 'utf8'))) {
      if (!served.has(path.posix.join(path.posix.dirname(f.path), spec))) missing.push(`${f.path} -> ${spec}`);
    }
  }
  return missing;
}
