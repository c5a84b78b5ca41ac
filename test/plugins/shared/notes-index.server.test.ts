// Under `hexo server` a note's facts (title, tags, categories, series) are kept
// between generations only while its source is unchanged: a saved edit shows in
// the sidebar and the breadcrumb of every page, a removed note leaves them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { serverDuringTests } from '../../helpers/server';
import { makeSite, note } from '../../helpers/site';

const dir = makeSite({
  files: {
    '_posts/a.md': note({ title: '甲篇', id: 'a', tags: ['old-tag'] }, '甲'),
    '_posts/b.md': note({ title: '乙篇', id: 'b', tags: ['old-tag'] }, '乙'),
    '_posts/c.md': note({ title: '丙篇', id: 'c', tags: ['old-tag'] }, '丙'),
  },
});
const server = serverDuringTests(dir);

test('an edited title, tag and category show on the other pages; an unchanged note stays; a removed one goes', async () => {
  await server.waitFor('/b/', (html) => html.includes('甲篇') && html.includes('丙篇') && html.includes('/tags/old-tag/'));
  fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: '甲篇改', id: 'a', tags: ['new-tag'], categories: ['分类一'] }, '甲'));
  const a = await server.waitFor('/a/', (html) => html.includes('甲篇改') && html.includes('/tags/new-tag/'));
  assert.match(a, /分类一/, 'the breadcrumb follows the new category');
  const b = await server.waitFor('/b/', (html) => html.includes('甲篇改'));
  assert.match(b, /丙篇/, 'an unchanged note keeps its place in the sidebar');
  fs.rmSync(path.join(dir, 'source/_posts/c.md'));
  await server.waitFor('/b/', (html) => !html.includes('丙篇'));
});
