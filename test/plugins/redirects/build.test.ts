// The old permalink with Hexo's other tokens, in a real build: a front-matter
// key (hexo-abbrlink's `abbrlink`) and the note's category.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

describe('redirects.permalink with a front-matter token', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { redirects: { permalink: 'posts/:abbrlink.html' } },
      files: {
        '_posts/flink.md': note({ title: 'Flink', id: 'flink', abbrlink: '3a5f', categories: [['大数据', 'Flink']] }, '正文'),
        // Written after the move: no abbrlink, so no old address.
        '_posts/new.md': note({ title: 'New', id: 'new' }, '新'),
      },
    });
  });
  after(() => site.remove());

  test('the note with an abbrlink gets its old page; the note without one gets none and no error', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('posts/3a5f.html');
    assert.equal($('link[rel="canonical"]').attr('href'), 'http://localhost:4000/flink/');
    assert.ok(!site.exists('posts/undefined.html'));
    assert.deepEqual(site.warnings.filter((w) => w.includes('redirect')), []);
  });
});

describe('redirects.permalink with the category and title tokens', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { redirects: { permalink: ':category/:title/' } },
      files: { '_posts/flink-intro.md': note({ title: 'Flink 入门', id: 'flink', categories: [['大数据', 'Flink']] }, '正文') },
    });
  });
  after(() => site.remove());

  test("the old path is Hexo's: the last category's slug (its parents' with it), then the file name", () => {
    assert.deepEqual(site.errors, []);
    assert.equal(site.$('大数据/Flink/flink-intro/index.html')('link[rel="canonical"]').attr('href'), 'http://localhost:4000/flink/');
  });
});
