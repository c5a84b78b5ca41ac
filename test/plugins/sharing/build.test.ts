import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import { buildSite, note, type Site } from '../../helpers/site';

const HOSTILE = '</script><script>alert(1)</script>';
const SITE_URL = 'https://notes.example.org';

const files = {
  '_posts/hostile.md': note({ title: HOSTILE, id: 'hostile', tags: ['部署', HOSTILE], date: '2024-03-01 10:00:00', updated: '2024-03-05 10:00:00' }, `第一段 ${'&lt;/script&gt;'} 摘要。\n\n![图](/images/first.png)`),
  '_posts/cover.md': note({ title: '封面', id: 'cover', cover: '/images/cover.png' }, '正文。\n\n![图](/images/first.png)'),
  // Fluid's key for it, and Butterfly's top_img: false (no picture) before it is passed over.
  '_posts/fluid.md': note({ title: 'Fluid', id: 'fluid', top_img: false, index_img: '/images/index.png' }, '正文。\n\n![图](/images/first.png)'),
  '_posts/plain.md': note({ title: '无图', id: 'plain' }, '正文。'),
  '_posts/described.md': note({ title: '有描述', id: 'described', description: '前言里写的 "描述"' }, '正文第一段。'),
};

const meta = ($: CheerioAPI, key: string): string | undefined => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

/** The head's JSON-LD (the note's breadcrumb has its own, in the body). */
const articleLd = ($: CheerioAPI) => $('head script[type="application/ld+json"]');

describe('sharing tags in the head', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { url: SITE_URL } });
    assert.deepEqual(site.errors, []);
  });
  after(() => site.remove());

  test('the hostile title stays text in every tag, parsed back with a real parser', () => {
    const $ = site.$('hostile/index.html');
    for (const key of ['og:title', 'twitter:title']) assert.equal(meta($, key), HOSTILE, key);
    assert.equal($('title').text(), `${HOSTILE} | LLM 笔记`);
    const ld = articleLd($);
    assert.equal(ld.length, 1);
    const data = JSON.parse(ld.text()) as Record<string, unknown>;
    assert.equal(data.headline, HOSTILE);
    assert.deepEqual(data.keywords, ['部署', HOSTILE]);
    // No script element came out of the title: only the theme's own ones are in the head.
    assert.deepEqual($('head script').map((_, el) => $(el).attr('type') ?? 'classic').get(), ['application/ld+json', 'classic', 'application/json']);
    assert.ok(!$('head script:not([type])').text().includes('alert'));
  });

  test('a note: canonical and og:url absolute from `url`, article, zh_CN, excerpt, JSON-LD TechArticle', () => {
    const $ = site.$('hostile/index.html');
    assert.equal($('link[rel="canonical"]').attr('href'), `${SITE_URL}/hostile/`);
    assert.equal(meta($, 'og:url'), `${SITE_URL}/hostile/`);
    assert.equal(meta($, 'og:type'), 'article');
    assert.equal(meta($, 'og:locale'), 'zh_CN');
    assert.equal(meta($, 'og:description'), '第一段 </script> 摘要。');
    assert.equal(meta($, 'twitter:card'), 'summary_large_image');
    const data = JSON.parse(articleLd($).text()) as Record<string, unknown>;
    assert.equal(data['@type'], 'TechArticle');
    assert.equal(data.inLanguage, 'zh-CN');
    assert.equal(data.datePublished, '2024-03-01T02:00:00.000Z');
    assert.equal(data.dateModified, '2024-03-05T02:00:00.000Z');
    assert.equal(data.description, '第一段 </script> 摘要。');
  });

  test('a note’s own description: is its description everywhere, before its excerpt', () => {
    const $ = site.$('described/index.html');
    for (const key of ['description', 'og:description', 'twitter:description']) assert.equal(meta($, key), '前言里写的 "描述"', key);
    assert.equal((JSON.parse(articleLd($).text()) as Record<string, unknown>).description, '前言里写的 "描述"');
  });

  test('og:image: cover:, else the first image, else the site default', () => {
    assert.equal(meta(site.$('cover/index.html'), 'og:image'), `${SITE_URL}/images/cover.png`);
    assert.equal(meta(site.$('fluid/index.html'), 'og:image'), `${SITE_URL}/images/index.png`);
    assert.equal(meta(site.$('hostile/index.html'), 'og:image'), `${SITE_URL}/images/first.png`);
    assert.equal(meta(site.$('plain/index.html'), 'twitter:image'), `${SITE_URL}/images/og-default.png`);
    assert.ok(site.exists('images/og-default.png'));
  });

  test('other pages are websites with a canonical URL and no JSON-LD', () => {
    const $ = site.$('index.html');
    assert.equal($('link[rel="canonical"]').attr('href'), `${SITE_URL}/`);
    assert.equal(meta($, 'og:type'), 'website');
    assert.equal(articleLd($).length, 0);
    assert.equal(site.$('tags/index.html')('link[rel="canonical"]').attr('href'), `${SITE_URL}/tags/`);
  });
});
