import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';
import { bundleBrowserCode } from './bundle';

export default function register(hexo: Hexo): void {
  // The theme's browser code: themes/<theme>/browser/main.ts, bundled into js/.
  hexo.extend.generator.register('theme-browser-code', async () => {
    const entry = path.join(hexo.theme_dir, 'browser', 'main.ts');
    if (!fs.existsSync(entry)) return [];
    const files = await bundleBrowserCode(entry, 'js');
    return files.map((file) => ({ path: file.path, data: Buffer.from(file.contents) }));
  });
}
