// A plain Hexo, initialised in an empty temporary folder (its own plugins, none
// of ours): what the contact tests of plugins/hexo/ check Hexo's internals on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Hexo from 'hexo';

export async function plainHexo(): Promise<{ hexo: Hexo; dir: string; remove(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-hexo-'));
  const hexo = new Hexo(dir, { silent: true });
  await hexo.init();
  return { hexo, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
