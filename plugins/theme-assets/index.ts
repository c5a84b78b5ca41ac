import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';
import { commandName } from '../hexo/console';
import { bundleBrowserCode, startBundler } from './bundle';
import { cachedBundler } from './cache';

/** Commands that run the generators (Hexo's own names; abbreviations resolve to them). */
const GENERATING = new Set(['generate', 'server', 'deploy']);

export default function register(hexo: Hexo): void {
  const bundle = cachedBundler((entry) => bundleBrowserCode(entry, 'js'));
  // esbuild runs as a child process, started on first use. Started once the
  // notes are loaded, the spawn has to copy a process of several hundred MB and
  // costs a third of a second; started as soon as the command is known, next to nothing.
  hexo.on('ready', () => {
    if (GENERATING.has(commandName(hexo, hexo.env.cmd))) startBundler();
  });
  // The theme's browser code: themes/<theme>/browser/main.ts, bundled into js/.
  hexo.extend.generator.register('theme-browser-code', async () => {
    const sourceDir = path.join(hexo.theme_dir, 'browser');
    const entry = path.join(sourceDir, 'main.ts');
    if (!fs.existsSync(entry)) return [];
    const files = await bundle(entry, sourceDir);
    return files.map((file) => ({ path: file.path, data: Buffer.from(file.contents) }));
  });
}
