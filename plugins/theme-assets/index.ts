import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';
import { generatesSite } from '../hexo/console';
import { bundleBrowserCode, type BundledFile } from './bundle';
import { cachedBundler } from './cache';
import { browserStrings, LAYOUT_NAMES } from './names';

export default function register(hexo: Hexo): void {
  const bundle = cachedBundler((entry) => bundleBrowserCode(entry, 'js'));
  const browserCode = async (): Promise<BundledFile[]> => {
    const sourceDir = path.join(hexo.theme_dir, 'browser');
    const entry = path.join(sourceDir, 'main.ts');
    return fs.existsSync(entry) ? bundle(entry, sourceDir) : [];
  };
  // esbuild runs as a child process: started as soon as the command is known,
  // the bundle is built on the other core while Hexo reads and renders the notes
  // (started later, the spawn also has to copy a process of several hundred MB).
  // The generator then takes the running build; its failure is reported there.
  hexo.on('ready', () => {
    if (generatesSite(hexo)) browserCode().catch(() => undefined);
  });
  // The theme's browser code: themes/<theme>/browser/main.ts, bundled into js/.
  hexo.extend.generator.register('theme-browser-code', async () => {
    const files = await browserCode();
    return files.map((file) => ({ path: file.path, data: Buffer.from(file.contents) }));
  });
  // The names the templates share with the plugins and the browser code (shared/).
  hexo.extend.helper.register('layout_names', () => LAYOUT_NAMES);
  hexo.extend.helper.register('browser_strings', function () {
    // Hexo's helper context type does not declare the template locals (`__`) it carries.
    return browserStrings(this as unknown as Parameters<typeof browserStrings>[0]);
  });
}
