// The installed versions of the packages whose internals plugins/hexo/ relies on,
// for the message of a test that fails when one of them changed.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './site';

/** `name@version` as node_modules holds it. */
export function installedVersion(name: 'hexo' | 'warehouse'): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return `${name}@${pkg.version}`;
}
