// The packages whose internals plugins/hexo/ relies on, by the version installed:
// when an internal is missing or changed shape, the error names that version, so
// an upgrade that breaks one says which upgrade it was.
import fs from 'node:fs';
import path from 'node:path';

/** Packages whose undocumented parts plugins/hexo/ uses. */
export type InternalsOf = 'hexo' | 'warehouse' | 'hexo-filter-mermaid-diagrams';

/** `name@version` as installed, e.g. `hexo@8.1.2` (`name@unknown` when its package.json cannot be read). */
export function installed(name: InternalsOf): string {
  try {
    // Resolved from the package's main file: not every package exports its package.json.
    for (let dir = path.dirname(require.resolve(name)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (!fs.existsSync(file)) continue;
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === name && typeof pkg.version === 'string') return `${name}@${pkg.version}`;
    }
  } catch {
    // Not installed: the caller's own check fails next, naming the package.
  }
  return `${name}@unknown`;
}

/** The error for an internal that is not what plugins/hexo/ expects. */
export function internalChanged(name: InternalsOf, what: string): Error {
  return new Error(`${installed(name)}: ${what} (plugins/hexo/ relies on it; this version changed it)`);
}
