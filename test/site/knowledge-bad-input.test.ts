// The knowledge-base features given bad input or the other settings: tags merged
// by case, redirects that would overwrite a real page or leave the site, no
// `repository`, `sidebar.group_by: tag`, an `outdated:` that is not a boolean,
// series parts sharing an order or without one (warnings with file:line).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, openSite, type Site } from '../helpers/site';

/** The 1-based line of `key:` in a fixture note's file. */
const lineOf = (file: string, key: string): number => files[file as keyof typeof files].split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;

const files = {
  '_posts/a.md': note({ title: 'A', id: 'a', date: '2024-01-03 10:00:00', categories: 'Linux', tags: ['Java', 'x'] }, 'a'),
  '_posts/b.md': note({ title: 'B', id: 'b', date: '2024-01-02 10:00:00', tags: ['Java'], redirect_from: ['/a/', 'https://evil.example/', '//evil.example/x'] }, 'b'),
  '_posts/c.md': note({ title: 'C', id: 'c', date: '2024-01-01 10:00:00', tags: ['JAVA', 'x'], redirect_from: '/about/', outdated: 'sometimes' }, 'c'),
  '_posts/d.md': note({ title: 'D', id: 'd', date: '2024-01-01 11:00:00', tags: ['misc'], redirect_from: ['/shared-old/'] }, 'd'),
  '_posts/e.md': note({ title: 'E', id: 'e', date: '2024-01-01 12:00:00', tags: ['misc'], redirect_from: ['/shared-old/'] }, 'e'),
  '_posts/f.md': note({ title: 'F', id: 'series', tags: ['misc'] }, 'f'),
  '_posts/g.md': note({ title: 'G', id: 'g', tags: ['misc'], series: 'S', order: 1 }, 'g'),
  '_posts/h.md': note({ title: 'H', id: 'h', tags: ['misc'], series: 'S', order: 1 }, 'h'),
  '_posts/i.md': note({ title: 'I', id: 'i', tags: ['misc'], series: 'S' }, 'i'),
  'about/index.md': '---\ntitle: About\n---\n\nabout\n',
};

describe('knowledge base: bad input and other settings', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { tags_case: 'merge', theme_config: { sidebar: { group_by: 'tag' } } } });
  });
  after(() => site.remove());

  test('tags_case: merge publishes JAVA under Java, the more used spelling', () => {
    assert.ok(!site.exists('tags/JAVA/index.html'));
    const $ = site.$('tags/Java/index.html');
    assert.deepEqual($('.note-list h2 a').map((_, a) => $(a).attr('href')).get(), ['/a/', '/b/', '/c/']);
    assert.deepEqual(site.$('c/index.html')('.note-meta a.tag').map((_, a) => site.$('c/index.html')(a).text()).get(), ['Java', 'x']);
    assert.ok(site.warnings.some((w) => w.includes('"Java" (2 notes)') && w.includes('"JAVA" (1 note)') && w.includes('published as one tag "Java"')), site.warnings.join('\n'));
  });

  test('a redirect over a real page is an error naming both files, and the page stays', () => {
    assert.ok(site.errors.some((e) => e.includes('source/_posts/b.md') && e.includes('source/_posts/a.md')), site.errors.join('\n'));
    assert.ok(site.errors.some((e) => e.includes('source/_posts/c.md') && e.includes('source/about/index.md')));
    assert.equal(site.$('a/index.html')('article.note').attr('data-id'), 'a');
    assert.equal(site.$('about/index.html')('title').text().startsWith('About'), true);
  });

  test('two notes redirecting from one path: an error naming both; the first file keeps it', () => {
    assert.ok(site.errors.some((e) => e.includes('source/_posts/e.md') && e.includes('source/_posts/d.md')));
    assert.equal(site.$('shared-old/index.html')('link[rel="canonical"]').attr('href'), 'http://localhost:4000/d/');
  });

  test('redirect_from to another site is refused with an error naming the file', () => {
    const refused = site.errors.filter((e) => e.includes('source/_posts/b.md') && e.includes('not a path on this site'));
    assert.equal(refused.length, 2, site.errors.join('\n'));
    assert.ok(refused.every((e) => e.includes(`source/_posts/b.md:${lineOf('_posts/b.md', 'redirect_from')}:`)), refused.join('\n'));
    assert.equal(site.errors.length, 6, site.errors.join('\n'));
  });

  test('a note cannot take the id of the series folder', () => {
    assert.ok(site.errors.some((e) => e.includes('source/_posts/f.md') && e.includes("the site's series pages")), site.errors.join('\n'));
    assert.equal(site.$('series-2/index.html')('article.note').attr('data-id'), 'series-2');
  });

  test('`outdated:` that is not a boolean warns naming the file', () => {
    assert.ok(site.warnings.some((w) => w.includes(`source/_posts/c.md:${lineOf('_posts/c.md', 'outdated')}:`) && w.includes('"outdated"')), site.warnings.join('\n'));
  });

  test('series warnings name the line of `order:`, or of `series:` when the note has no order', () => {
    assert.ok(site.warnings.some((w) => w.includes(`source/_posts/h.md:${lineOf('_posts/h.md', 'order')}:`) && w.includes('is also the order of source/_posts/g.md')), site.warnings.join('\n'));
    assert.ok(site.warnings.some((w) => w.includes(`source/_posts/i.md:${lineOf('_posts/i.md', 'series')}:`) && w.includes('has no "order"')), site.warnings.join('\n'));
  });

  test('without `repository` no edit or report link; group_by tag ignores the category', () => {
    const $ = site.$('a/index.html');
    assert.equal($('a[data-edit-link], a[data-report-link]').length, 0);
    assert.equal($('.side-group[data-group-kind="tag"] .side-title a').attr('href'), '/tags/Java/');
    assert.deepEqual($('nav.breadcrumb li').map((_, li) => $(li).text()).get(), ['首页', 'Java', 'A']);
  });

  // Last: it rebuilds the site with merging off, from the cached db.json.
  test('merging off again: the next (cached) build publishes JAVA again', async () => {
    const config = path.join(site.dir, '_config.yml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^tags_case: merge$/m, 'tags_case: warn'));
    const again = openSite(site.dir, await site.hexo('generate'));
    assert.ok(again.exists('tags/JAVA/index.html'));
    assert.deepEqual(again.$('tags/JAVA/index.html')('.note-list h2 a').map((_, a) => again.$('tags/JAVA/index.html')(a).attr('href')).get(), ['/c/']);
  });
});
