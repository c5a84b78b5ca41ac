// Under `hexo server` the index is built when its entry is requested, and adds
// its other files then: it must still follow every saved note.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fragmentFile, type Entry } from '../../../themes/notes/browser/search/grams';
import { serverDuringTests } from '../../helpers/server';
import { makeSite, note } from '../../helpers/site';

const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'first 苹果') } });
const server = serverDuringTests(dir);

/** The notes' text, read through the entry the server serves now. */
async function served(ok: (entry: Entry) => boolean): Promise<string> {
  const body = await server.waitFor('/search.json', (text) => {
    try {
      return ok(JSON.parse(text) as Entry);
    } catch {
      return false;
    }
  });
  const entry = JSON.parse(body) as Entry;
  const texts = await Promise.all(entry.fs.map((_, g) => server.waitFor(`/${fragmentFile(entry, g)}`, () => true)));
  return texts.join('\n');
}

test('hexo server serves a search index that follows the saved notes', async () => {
  const first = await served((entry) => entry.n === 1);
  assert.match(first, /苹果/);
  fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: 'A', id: 'a' }, 'second 香蕉'));
  fs.writeFileSync(path.join(dir, 'source/_posts/b.md'), note({ title: 'B', id: 'b' }, 'new 橙子'));
  const second = await served((entry) => entry.n === 2);
  assert.match(second, /香蕉/);
  assert.match(second, /橙子/);
  assert.doesNotMatch(second, /苹果/);
});
