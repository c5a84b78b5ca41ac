// The header and footer are rendered once per build and language (Hexo's fragment
// cache): every page still gets the right ones, and relative links turn the cache off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../helpers/site';

const files = {
  '_posts/one.md': note({ title: '第一篇', id: 'one', tags: ['甲'] }, '正文。'),
  '_posts/two.md': note({ title: 'Second', id: 'two', tags: ['甲'], lang: 'en' }, 'Body.'),
};

describe('header and footer, cached per build', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { author: '作者' } });
  });
  after(() => site.remove());

  test('every page has the same header and footer, in its own language', () => {
    assert.equal(site.code, 0, site.output);
    const header = (rel: string): string => site.$(rel)('header.site-header').toString();
    const chinese = header('one/index.html');
    for (const rel of ['index.html', 'tags/甲/index.html', 'archives/index.html']) assert.equal(header(rel), chinese, rel);
    assert.equal(site.$('one/index.html')('.site-nav a').first().text(), '首页');
    assert.equal(site.$('two/index.html')('.site-nav a').first().text(), 'Home', 'a note in English gets the English header');
    assert.equal(site.$('two/index.html')('.search-input').attr('aria-label'), 'Search the notes');
    assert.equal(site.$('one/index.html')('.site-nav a').attr('href'), '/');
    assert.match(site.$('tags/甲/index.html')('footer.site-footer').text(), /2024 作者/);
    assert.equal(site.$('tags/甲/index.html')('.side-tags a').first().attr('href'), '/tags/%E7%94%B2/');
  });
});

describe('header and footer with relative links', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { relative_link: true } });
  });
  after(() => site.remove());

  test('each page links relative to itself', () => {
    assert.equal(site.code, 0, site.output);
    assert.equal(site.$('index.html')('.brand').attr('href'), 'index.html');
    assert.equal(site.$('one/index.html')('.brand').attr('href'), '../index.html');
    assert.equal(site.$('tags/甲/index.html')('.brand').attr('href'), '../../index.html');
    // The sidebar's addresses are kept per generation only when they do not depend on the page.
    const sideTag = (rel: string): string | undefined => site.$(rel)('.side-tags a').first().attr('href');
    assert.equal(sideTag('one/index.html'), '../tags/%E7%94%B2/');
    assert.equal(sideTag('index.html'), 'tags/%E7%94%B2/');
  });
});
