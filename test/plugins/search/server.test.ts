// search.json is built when requested in `hexo server`: it must still follow every saved note.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startServer, type Server } from '../../helpers/server';
import { makeSite, note } from '../../helpers/site';

const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'first 苹果') } });
let server: Server;
before(async () => {
  server = await startServer(dir);
});
after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('hexo server serves a search index that follows the saved notes', async () => {
  const first = await server.waitFor('/search.json', (body) => body.includes('苹果'));
  assert.equal((JSON.parse(first) as unknown[]).length, 1);
  fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: 'A', id: 'a' }, 'second 香蕉'));
  fs.writeFileSync(path.join(dir, 'source/_posts/b.md'), note({ title: 'B', id: 'b' }, 'new 橙子'));
  const second = await server.waitFor('/search.json', (body) => body.includes('香蕉') && body.includes('橙子'));
  assert.doesNotMatch(second, /苹果/);
  assert.equal((JSON.parse(second) as unknown[]).length, 2);
});
