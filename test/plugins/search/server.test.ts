// search.json is built when requested in `hexo server`: it must still follow every saved note.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { serverDuringTests } from '../../helpers/server';
import { makeSite, note } from '../../helpers/site';

const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'first 苹果') } });
const server = serverDuringTests(dir);

test('hexo server serves a search index that follows the saved notes', async () => {
  const first = await server.waitFor('/search.json', (body) => body.includes('苹果'));
  assert.equal((JSON.parse(first) as unknown[]).length, 1);
  fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: 'A', id: 'a' }, 'second 香蕉'));
  fs.writeFileSync(path.join(dir, 'source/_posts/b.md'), note({ title: 'B', id: 'b' }, 'new 橙子'));
  const second = await server.waitFor('/search.json', (body) => body.includes('香蕉') && body.includes('橙子'));
  assert.doesNotMatch(second, /苹果/);
  assert.equal((JSON.parse(second) as unknown[]).length, 2);
});
