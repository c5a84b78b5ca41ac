import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';
import { bundleBrowserCode } from './bundle';
import { cachedBundler } from './cache';

export default function register(hexo: Hexo): void {
  const bundle = cachedBundler((entry) => bundleBrowserCode(entry, 'js'));
  // The theme's browser code: themes/<theme>/browser/main.ts, bundled into js/.
  hexo.extend.generator.register('theme-browser-code', async () => {
    const sourceDir = path.join(hexo.theme_dir, 'browser');
    const entry = path.join(sourceDir, 'main.ts');
    if (!fs.existsSync(entry)) return [];
    const files = await bundle(entry, sourceDir);
    return files.map((file) => ({ path: file.path, data: Buffer.from(file.contents) }));
  });
}
