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

export interface Bundle {
  files: BundledFile[];
  /** Absolute paths of the files the bundle was built from. */
  inputs: string[];
}

export async function bundleBrowserCode(entry: string, outPrefix: string): Promise<Bundle> {
  const outdir = path.resolve('/', outPrefix);
  const result = await build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    metafile: true,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return {
    files: result.outputFiles.map((file) => ({
      path: path.posix.join(outPrefix, path.relative(outdir, file.path).split(path.sep).join('/')),
      contents: file.contents,
    })),
    // Inputs are named relative to esbuild's working directory, the process's
    // (kept as it is: chunk names hash paths relative to it).
    inputs: Object.keys(result.metafile.inputs)
      .filter((name) => !/^[\w-]+:/.test(name))
      .map((name) => path.resolve(name)),
  };
}
