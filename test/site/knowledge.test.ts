// The knowledge-base features on one fixture site: categories in every form, a
// three-part series dated in reverse order, dates, edit links, breadcrumb,
// related notes, tags that differ only in case, redirects from old links.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../helpers/site';
import { parseXml } from '../helpers/xml';
import { knowledgeFiles } from './knowledge-fixture';

const HOSTILE = '</script><script>alert(1)</script>';

const files = {
  ...knowledgeFiles,
  '_posts/dup-a.md': note({ title: 'Dup A', id: 'dup-a', series: 'dup', order: 1 }, 'a'),
  '_posts/dup-b.md': note({ title: 'Dup B', id: 'dup-b', series: 'dup', order: 1 }, 'b'),
  '_posts/dup-c.md': note({ title: 'Dup C', id: 'dup-c', series: 'dup' }, 'c'),
  '_posts/hostile.md': note({ title: HOSTILE, id: 'hostile', categories: HOSTILE, tags: ['misc'] }, 'x'),
};

describe('knowledge base', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { repository: { url: 'https://github.com/me/notes', branch: 'dev' }, redirects: { permalink: ':year/:id/' } } });
  });
  after(() => site.remove());

  test('builds with no error', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('categories: a string, a list (nested), two lists, empty', () => {
    const $ = site.$('categories/index.html');
    const rows = $('.category-index a').map((_, a) => `${$(a).attr('href')} ${$(a).find('.count').text()}`).get();
    assert.ok(rows.includes('/categories/Linux/ 2'), rows.join('\n'));
    assert.ok(rows.includes('/categories/%E5%A4%A7%E6%95%B0%E6%8D%AE/ 2'));
    assert.ok(rows.includes('/categories/%E5%A4%A7%E6%95%B0%E6%8D%AE/Hadoop/ 1'));
    const linux = site.$('categories/Linux/index.html');
    assert.deepEqual(linux('.note-list h2 a').map((_, a) => linux(a).attr('href')).get(), ['/cat-nested/', '/cat-string/']);
    const list = site.$('cat-list/index.html');
    assert.deepEqual(list('.note-category a').map((_, a) => list(a).text()).get(), ['大数据', 'Hadoop']);
    assert.equal(site.$('cat-empty/index.html')('.note-category').length, 0);
    assert.ok(!site.warnings.some((w) => w.includes('cat-empty')));
  });

  test('the sidebar groups by category, else by first tag; the heading links the group', () => {
    const list = site.$('cat-list/index.html');
    assert.equal(list('.side-group[data-group-kind="category"] .side-title a').attr('href'), '/categories/%E5%A4%A7%E6%95%B0%E6%8D%AE/Hadoop/');
    const empty = site.$('cat-empty/index.html');
    assert.equal(empty('.side-group[data-group-kind="tag"] .side-title a').attr('href'), '/tags/shell/');
  });

  test('the sidebar lists mark each page\'s own group, though their markup is written once per group', () => {
    const current = (rel: string): string[] => {
      const $ = site.$(rel);
      return $('.side-categories a.is-current, .side-tags a.is-current').map((_, a) => $(a).attr('href')).get();
    };
    // Pages of different groups, pages of a series (no list holds it) and of no group.
    assert.deepEqual(current('cat-list/index.html'), ['/categories/%E5%A4%A7%E6%95%B0%E6%8D%AE/Hadoop/']);
    assert.deepEqual(current('cat-empty/index.html'), ['/tags/shell/']);
    assert.deepEqual(current('cat-string/index.html'), ['/categories/Linux/']);
    assert.deepEqual(current('old/index.html'), ['/tags/Java/']);
    assert.deepEqual(current('s1/index.html'), []);
    assert.deepEqual(current('index.html'), []);
    assert.deepEqual(current('tags/shell/index.html'), []);
    const tags = (rel: string): string[] => site.$(rel)('.side-tags a').map((_, a) => site.$(rel)(a).attr('href') ?? '').get();
    assert.deepEqual(tags('cat-empty/index.html'), tags('index.html'));
  });

  test('series: the sidebar, the line, the pager and /series/<name>/ follow `order`, not dates', () => {
    const $ = site.$('s2/index.html');
    const line = $('.note-series');
    assert.equal(line.attr('data-series'), 'so-large-lm');
    assert.equal(line.attr('data-series-index'), '2');
    assert.equal(line.attr('data-series-total'), '3');
    assert.equal(line.text(), '第 2/3 篇 · so-large-lm');
    assert.deepEqual($('.side-group[data-group-kind="series"] .side-notes a').map((_, a) => $(a).attr('href')).get(), ['/s1/', '/s2/', '/s3/']);
    assert.equal($('.pager-prev').attr('href'), '/s1/');
    assert.equal($('.pager-next').attr('href'), '/s3/');
    const first = site.$('s1/index.html');
    assert.equal(first('.pager-prev').length, 0, 'previous stays inside the series');
    assert.equal(site.$('s3/index.html')('.pager-next').length, 0);
    const page = site.$('series/so-large-lm/index.html');
    assert.deepEqual(page('.series-parts a').map((_, a) => page(a).attr('href')).get(), ['/s1/', '/s2/', '/s3/']);
  });

  test('a repeated or missing `order` warns naming the files; file order decides', () => {
    assert.ok(site.warnings.some((w) => w.includes('source/_posts/dup-b.md') && w.includes('source/_posts/dup-a.md') && w.includes('order: 1')), site.warnings.join('\n'));
    assert.ok(site.warnings.some((w) => w.includes('source/_posts/dup-c.md') && w.includes('no "order"')));
    const page = site.$('series/dup/index.html');
    assert.deepEqual(page('.series-parts a').map((_, a) => page(a).attr('href')).get(), ['/dup-a/', '/dup-b/', '/dup-c/']);
  });

  test('`updated:` is shown, in listings too, and dates the sitemap and feed entries', () => {
    const $ = site.$('old/index.html');
    assert.equal($('time.note-updated').attr('datetime'), '2021-06-01T02:00:00.000Z');
    assert.equal($('article.note').attr('data-updated'), '2021-06-01T02:00:00.000Z');
    assert.equal($('article.note').attr('data-outdated-days'), '365');
    assert.equal(site.$('s1/index.html')('time.note-updated').length, 0, 'never updated: no second date');
    assert.equal(site.$('old-off/index.html')('article.note').attr('data-updated'), undefined);
    assert.equal(site.$('tags/Java/index.html')('.note-list time.note-updated').attr('datetime'), '2021-06-01T02:00:00.000Z');
    const sitemap = parseXml(site.read('sitemap.xml'));
    assert.match(site.read('sitemap.xml'), /<loc>http:\/\/localhost:4000\/old\/<\/loc>\s*<lastmod>2021-06-01/);
    assert.ok(sitemap);
    assert.match(site.read('atom.xml'), /<id>http:\/\/localhost:4000\/old\/<\/id>\s*<published>2020-01-01T02:00:00.000Z<\/published>\s*<updated>2021-06-01T02:00:00.000Z<\/updated>/);
  });

  test('edit and report links point at the repository', () => {
    const $ = site.$('cat-list/index.html');
    assert.equal($('a[data-edit-link]').attr('href'), 'https://github.com/me/notes/edit/dev/source/_posts/cat-list.md');
    const report = new URL($('a[data-report-link]').attr('href') ?? '');
    assert.equal(report.origin + report.pathname, 'https://github.com/me/notes/issues/new');
    assert.equal(report.searchParams.get('title'), 'Category as a list');
    assert.equal(report.searchParams.get('body'), 'http://localhost:4000/cat-list/');
  });

  test('breadcrumb and BreadcrumbList JSON-LD; a hostile title stays text', () => {
    const list = site.$('cat-list/index.html');
    assert.deepEqual(list('nav.breadcrumb li').map((_, li) => list(li).text()).get(), ['首页', '大数据', 'Hadoop', 'Category as a list']);
    const $ = site.$('hostile/index.html');
    const scripts = $('script:not([src])');
    // The head's TechArticle (plugins/sharing) is the other JSON-LD of a note.
    const ld = scripts.filter((_, s) => $(s).attr('type') === 'application/ld+json' && $(s).text().includes('"BreadcrumbList"'));
    assert.equal(ld.length, 1);
    const data = JSON.parse(ld.text()) as { itemListElement: { name: string }[] };
    assert.deepEqual(data.itemListElement.map((i) => i.name), ['首页', HOSTILE, HOSTILE]);
    assert.ok(!scripts.toArray().some((s) => $(s).text().includes('alert(1)') && $(s).attr('type') !== 'application/ld+json'));
    assert.equal($('h1.note-title').text(), HOSTILE);
    assert.equal($('article.note .note-body script').length, 0, 'no script inside the note body');
    assert.deepEqual($('article.note script').map((_, s) => $(s).attr('data-outdated-notice') !== undefined).get(), [true], "the article's one script is the outdated notice's");
  });

  test('related notes: shared series first, then by date and file', () => {
    const $ = site.$('s2/index.html');
    assert.deepEqual($('nav.related-notes a').map((_, a) => $(a).attr('href')).get(), ['/s1/', '/s3/']);
    const java = site.$('cat-string/index.html');
    // Linux (category) outweighs a shared tag; then Java notes newest first.
    assert.deepEqual(java('nav.related-notes a').map((_, a) => java(a).attr('href')).get(), ['/cat-nested/', '/cat-empty/', '/cat-list/', '/old/']);
  });

  test('Java and JAVA: a warning names both spellings and their counts', () => {
    assert.ok(site.warnings.some((w) => w.includes('"Java" (3 notes)') && w.includes('"JAVA" (1 note)')), site.warnings.join('\n'));
    assert.ok(site.exists('tags/JAVA/index.html'), 'not merged unless asked');
  });

  test('redirects from redirect_from and the old permalink; none in sitemap, feed or search', () => {
    for (const page of ['posts/old-note/index.html', 'legacy.html', '2020/old/index.html']) {
      const $ = site.$(page);
      assert.equal($('meta[http-equiv="refresh"]').attr('content'), '0; url=/old/', page);
      assert.equal($('link[rel="canonical"]').attr('href'), 'http://localhost:4000/old/');
      assert.equal($('body a').attr('href'), '/old/');
    }
    assert.equal(site.$('2024/s1/index.html')('link[rel="canonical"]').attr('href'), 'http://localhost:4000/s1/');
    for (const file of ['sitemap.xml', 'atom.xml', 'search.json']) {
      const text = site.read(file);
      assert.ok(!/old-note|legacy|2020\/old|2024\/s1/.test(text), file);
    }
  });
});
