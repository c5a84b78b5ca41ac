// Bundles the theme's browser TypeScript for the page. esbuild splits lazily
// imported modules (search, diagrams) into chunks so a page only downloads what
// it uses.
import path from 'node:path';
import { build } from 'esbuild';

export interface BundledFile {
  /** Path inside the site, e.g. `js/main.js`. */
  path: string;
  contents: Uint8Array;
}

export async function bundleBrowserCode(entry: string, outPrefix: string): Promise<BundledFile[]> {
  const outdir = path.resolve('/', outPrefix);
  const result = await build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => ({
    path: path.posix.join(outPrefix, path.relative(outdir, file.path).split(path.sep).join('/')),
    contents: file.contents,
  }));
}
