// The project's own site, built as a user builds it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildSite, projectRoot, shared, type Site } from '../helpers/site';

let site: Site;
before(async () => {
  site = await buildSite({ projectSource: true });
});
after(() => site.remove());

test('the whole site builds with no ERROR line', () => {
  assert.equal(site.code, 0, site.output);
  assert.deepEqual(site.errors, []);
});

test('the seed note is the shared seed, byte for byte', { skip: shared('seed/ai.md') ? false : '../shared is absent' }, () => {
  const seed = fs.readFileSync(shared('seed/ai.md') as string);
  assert.ok(seed.equals(fs.readFileSync(path.join(projectRoot, 'source/_posts/ai.md'))));
});

test('the seed note is published at /ai/ with every heading inside article.note', () => {
  const source = fs.readFileSync(path.join(projectRoot, 'source/_posts/ai.md'), 'utf8');
  const headings = [...source.matchAll(/^#{2,6} (.+)$/gm)].map((m) => (m[1] ?? '').trim());
  assert.ok(headings.length > 20);
  const $ = site.$('ai/index.html');
  const article = $('article.note[data-id="ai"]');
  assert.equal(article.length, 1);
  const rendered = article.find('h2, h3, h4, h5, h6').map((_, h) => $(h).text().trim()).get();
  for (const heading of headings) assert.ok(rendered.includes(heading), `heading ${heading}`);
  assert.equal(article.find('h1').text(), '大模型');
  assert.match($('title').text(), /^大模型 \| /);
});

test('home, tag index, tag page, archive and 404 are written', () => {
  const home = site.$('index.html');
  assert.equal(home('.note-list a[href="/ai/"]').text(), '大模型');
  assert.ok(home('.note-item-excerpt').text().length > 0);
  assert.equal(site.$('tags/index.html')('.tag-index a[href="/tags/AI/"]').length, 1);
  assert.equal(site.$('tags/AI/index.html')('.note-list a[href="/ai/"]').length, 1);
  assert.equal(site.$('archives/index.html')('.archive-year h2').text(), '2023');
  assert.equal(site.$('404.html')('main h1').length, 1);
});

test('every page has the landmarks, a skip link and the theme toggle', () => {
  for (const page of ['index.html', 'ai/index.html', 'tags/index.html', 'archives/index.html', '404.html']) {
    const $ = site.$(page);
    for (const sel of ['header', 'main#content', 'nav', 'footer', 'a.skip-link[href="#content"]', 'button[data-theme-toggle]']) {
      assert.ok($(sel).length > 0, `${page}: ${sel}`);
    }
    assert.equal($('html').attr('lang'), 'zh-CN');
  }
});

test('nothing is requested from another origin', () => {
  for (const page of ['index.html', 'ai/index.html']) {
    const $ = site.$(page);
    // The canonical link names the page's own published address; browsers never fetch it.
    $('script[src], link[href]:not([rel="canonical"]), img[src], iframe[src], source[src], video[src], audio[src]').each((_, el) => {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      assert.ok(!/^(https?:)?\/\//.test(url), `${page}: ${url}`);
    });
  }
});

test('every code block has its language label and a copy button', () => {
  const $ = site.$('ai/index.html');
  const blocks = $('article.note pre');
  assert.ok(blocks.length >= 6);
  blocks.each((_, pre) => {
    const figure = $(pre).closest('figure');
    assert.ok(figure.find('.code-lang, [data-lang]').length + (figure.attr('data-lang') ? 1 : 0) > 0);
    // In the header; compose file blocks also have one for their `docker compose up -d` line.
    assert.equal(figure.children('figcaption').find('button[data-copy]').length, 1);
  });
});

test('the seed note: sidebar group, breadcrumb, no pager or related list, no edit links without `repository`', () => {
  const $ = site.$('ai/index.html');
  const group = $('.side-group[data-group-kind="tag"]');
  assert.equal(group.find('.side-title a').attr('href'), '/tags/AI/');
  assert.deepEqual(group.find('.side-notes a[aria-current="page"]').map((_, a) => $(a).attr('href')).get(), ['/ai/']);
  assert.deepEqual($('nav.breadcrumb li').map((_, li) => $(li).text()).get(), ['首页', 'AI', '大模型']);
  const blocks = $('script[type="application/ld+json"]').toArray().map((el) => JSON.parse($(el).text()) as { '@type'?: string; itemListElement: { item: string }[] });
  const ld = blocks.find((block) => block['@type'] === 'BreadcrumbList');
  assert.ok(ld, 'a BreadcrumbList JSON-LD block');
  assert.deepEqual(ld.itemListElement.map((i) => i.item), ['http://localhost:4000/', 'http://localhost:4000/tags/AI/', 'http://localhost:4000/ai/']);
  // The only note: nothing before or after it, nothing related.
  assert.equal($('.note-pager a').length, 0);
  assert.equal($('nav.related-notes').length, 0);
  assert.equal($('a[data-edit-link]').length, 0);
  assert.equal($('button[data-back-to-top]').length, 1);
  assert.equal(site.$('categories/index.html')('.category-index li').length, 0);
});
