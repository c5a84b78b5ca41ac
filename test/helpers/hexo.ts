// A plain Hexo, initialised in an empty temporary folder (its own plugins, none
// of ours): what the contact tests of plugins/hexo/ check Hexo's internals on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import Hexo from 'hexo';

export interface PlainHexo {
  hexo: Hexo;
  dir: string;
}

/** One plain Hexo for the tests of this file: made before they run, its folder removed after. */
export function plainHexo(): PlainHexo {
  const site = {} as PlainHexo;
  before(async () => {
    site.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-hexo-'));
    site.hexo = new Hexo(site.dir, { silent: true });
    await site.hexo.init();
  });
  after(() => fs.rmSync(site.dir, { recursive: true, force: true }));
  return site;
}

/** A pattern matching `text` literally, e.g. a version in an error message. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
