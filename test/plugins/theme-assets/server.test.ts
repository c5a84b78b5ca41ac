// The browser bundle is cached across regenerations of `hexo server`: an edit to
// the theme's browser code must still reach the served js/main.js.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { serverDuringTests } from '../../helpers/server';
import { makeSite, note, projectRoot } from '../../helpers/site';

const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'text') } });
// A copy of the theme this test may edit (makeSite links the project's).
fs.rmSync(path.join(dir, 'themes'));
fs.cpSync(path.join(projectRoot, 'themes'), path.join(dir, 'themes'), { recursive: true });
const module = path.join(dir, 'themes/notes/browser/copy-code.ts');
const server = serverDuringTests(dir);

test('an edit to the theme browser code is in the next js/main.js; a saved note keeps it', async () => {
  const original = await server.waitFor('/js/main.js', () => true);
  assert.doesNotMatch(original, /edited-in-test/);
  fs.appendFileSync(module, "\nconsole.info('edited-in-test');\n");
  await server.waitFor('/js/main.js', (body) => body.includes('edited-in-test'));
  fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: 'A', id: 'a' }, 'saved again'));
  await server.waitFor('/a/', (body) => body.includes('saved again'));
  assert.match(await server.waitFor('/js/main.js', () => true), /edited-in-test/);
});
