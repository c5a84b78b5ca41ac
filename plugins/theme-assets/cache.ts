// `hexo server` runs every generator again after each saved note; the browser
// bundle only changes when its sources do, so it is built again only then.
import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, BundledFile } from './bundle';

/** Every file under `dir`, recursively (none when it does not exist). */
function filesUnder(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** What each file is now: its size and change times ('-' when it is gone). */
function fingerprint(files: Iterable<string>): string {
  const lines: string[] = [];
  for (const file of [...new Set(files)].sort()) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    lines.push(`${file}\t${stat ? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : '-'}`);
  }
  return lines.join('\n');
}

/**
 * `bundle(entry)`, reused while no file under `sourceDir` (the theme's browser
 * folder: edited, added or removed) nor any other file the last bundle was built
 * from has changed. A call made while a build is running, with the folder as
 * that build found it, shares that build (the build starts before the notes are
 * read, and the generator asks for it later). A failed build is not kept: the
 * next call tries again.
 */
export function cachedBundler(bundle: (entry: string) => Promise<Bundle>): (entry: string, sourceDir: string) => Promise<BundledFile[]> {
  let last: { key: string; inputs: string[]; files: BundledFile[] } | null = null;
  let running: { entry: string; before: string; files: Promise<BundledFile[]> } | null = null;
  const keyOf = (entry: string, sourceDir: string, inputs: readonly string[]): string => `${entry}\n${fingerprint([...filesUnder(sourceDir), ...inputs])}`;
  const build = async (entry: string, sourceDir: string, before: string): Promise<BundledFile[]> => {
    const built = await bundle(entry);
    // An edit saved while esbuild runs may or may not be in this bundle: then it is not kept.
    last = fingerprint(filesUnder(sourceDir)) === before ? { key: keyOf(entry, sourceDir, built.inputs), inputs: built.inputs, files: built.files } : null;
    return built.files;
  };
  return (entry, sourceDir) => {
    if (last && last.key === keyOf(entry, sourceDir, last.inputs)) return Promise.resolve(last.files);
    const before = fingerprint(filesUnder(sourceDir));
    if (running && running.entry === entry && running.before === before) return running.files;
    const current = {
      entry,
      before,
      // Forgotten once over (before any caller resumes), whether it succeeded or not.
      files: build(entry, sourceDir, before).finally(() => {
        if (running === current) running = null;
      }),
    };
    running = current;
    return current.files;
  };
}
