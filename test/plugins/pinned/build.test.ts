// Pinned notes in a real build: first on the home page with a badge, in date
// order everywhere else.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

let site: Site;
before(async () => {
  site = await buildSite({
    files: {
      '_posts/old-sticky.md': note({ title: '旧的 sticky', id: 'old-sticky', date: '2020-01-01 00:00:00', sticky: 10, tags: ['T'] }, '正文'),
      '_posts/new.md': note({ title: '新的', id: 'new', date: '2024-01-01 00:00:00', tags: ['T'] }, '正文'),
      '_posts/old-top.md': note({ title: '旧的 top', id: 'old-top', date: '2019-01-01 00:00:00', top: true, tags: ['T'] }, '正文'),
      '_posts/not-top.md': note({ title: '不置顶', id: 'not-top', date: '2018-01-01 00:00:00', top: false }, '正文'),
    },
  });
});
after(() => site.remove());

const titles = (page: string): string[] => {
  const $ = site.$(page);
  return $('.note-item-title > a').map((_, a) => $(a).text()).get();
};

test('the home page lists sticky, then top: true notes first, each with a pin badge', () => {
  assert.deepEqual(site.errors, []);
  assert.deepEqual(titles('index.html'), ['旧的 sticky', '旧的 top', '新的', '不置顶']);
  const $ = site.$('index.html');
  const pinned = $('.note-item-title').filter((_, h) => $(h).find('.note-pinned').length > 0);
  assert.deepEqual(pinned.map((_, h) => $(h).children('a').text()).get(), ['旧的 sticky', '旧的 top']);
  assert.equal(pinned.first().find('.note-pinned').text(), '置顶');
});

test('a tag page keeps date order and shows no badge', () => {
  assert.deepEqual(titles('tags/T/index.html'), ['新的', '旧的 sticky', '旧的 top']);
  assert.equal(site.$('tags/T/index.html')('.note-pinned').length, 0);
});
