// Contact: Hexo's boxes (hexo.source, hexo.theme) hand their `options` to
// chokidar when they start watching, awaitWriteFinish included.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { installed } from '../../../plugins/hexo/version';
import { settleSavesAfter } from '../../../plugins/hexo/watch';
import { plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();

interface Watching {
  watch(): PromiseLike<void>;
  unwatch(): void;
  watcher: { options: { awaitWriteFinish?: unknown } } | null;
}

test(`${hexoVersion}: the source box's watcher settles saves as set, and still sees a saved note`, async () => {
  settleSavesAfter(site.hexo, 50, 25);
  fs.mkdirSync(path.join(site.dir, 'source', '_posts'), { recursive: true });
  const box = site.hexo.source as unknown as Watching;
  await box.watch();
  try {
    assert.deepEqual(box.watcher?.options.awaitWriteFinish, { stabilityThreshold: 50, pollInterval: 25 }, `${hexoVersion}: the box's options no longer reach chokidar`);
    const processed = new Promise<void>((resolve) => site.hexo.source.once('processAfter', () => resolve()));
    fs.writeFileSync(path.join(site.dir, 'source', '_posts', 'saved.md'), '---\ntitle: saved\n---\ntext\n');
    await processed;
  } finally {
    box.unwatch();
  }
});

test('a Hexo without the boxes\' options is named in the error', () => {
  assert.throws(() => settleSavesAfter({ source: {}, theme: {} } as never, 50, 25), /hexo@[\d.]+: hexo\.source \(a Box\) has no watch options/);
});
