// warehouse's schema types, as acceptEmptyIds uses them on a real Hexo instance:
// `id:` (null) is kept as '' so that the build can report it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Hexo from 'hexo';
import { acceptEmptyIds } from '../../../plugins/hexo/empty-ids';
import { installed as installedVersion } from '../../../plugins/hexo/version';

test("an empty id is stored as ''; other ids as they are", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-empty-ids-'));
  const hexo = new Hexo(dir, { silent: true });
  try {
    await hexo.init();
    const changed = `${installedVersion('warehouse')} (with ${installedVersion('hexo')}) changed SchemaType or schema.path, which plugins/hexo/empty-ids.ts relies on`;
    acceptEmptyIds(hexo);
    const Post = hexo.model('Post');
    const empty = (await Post.insert({ source: '_posts/a.md', slug: 'a', id: null })) as unknown as { id: unknown };
    assert.equal(empty.id, '', changed);
    const given = (await Post.insert({ source: '_posts/b.md', slug: 'b', id: 'given' })) as unknown as { id: unknown };
    assert.equal(given.id, 'given', changed);
  } finally {
    await hexo.exit();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
