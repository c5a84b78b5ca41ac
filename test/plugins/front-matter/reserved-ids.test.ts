// One list of the names a note's id may not take, used by the build's id checks
// and by `hexo new`: the site's own folders and files, from _config.yml, the
// source folder and the theme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { reservedIds, reservedOwner } from '../../../plugins/front-matter/reserved-ids';
import { buildSite, makeSite, note, projectRoot, runHexo, type Site } from '../../helpers/site';

const projectConfig = YAML.parse(fs.readFileSync(path.join(projectRoot, '_config.yml'), 'utf8')) as Record<string, unknown>;
const themeSource = { dir: 'themes/notes/source', entries: fs.readdirSync(path.join(projectRoot, 'themes/notes/source')) };

/** Every top-level file or folder a build of the project's own site writes. */
async function publishedTopLevel(): Promise<string[]> {
  const site = await buildSite({ projectSource: true });
  try {
    assert.equal(site.code, 0, site.output);
    return fs.readdirSync(site.publicDir);
  } finally {
    site.remove();
  }
}

describe('the reserved names', () => {
  const names = reservedIds({ config: projectConfig, source: { dir: 'source', entries: ['_posts', 'about', 'robots.txt', 'colophon.md'] }, theme: themeSource });

  test('come from _config.yml: listings, search index, feed, sitemap, link-card images', () => {
    for (const name of ['tags', 'archives', 'categories', 'page', 'search.json', 'atom.xml', 'sitemap.xml', 'images']) {
      assert.ok(names.has(name), name);
    }
    assert.match(names.get('tags') ?? '', /^tag_dir in _config\.yml/);
    assert.match(names.get('search.json') ?? '', /^search\.path in _config\.yml/);
  });

  test("follow _config.yml when it names other folders", () => {
    const moved = reservedIds({ config: { ...projectConfig, tag_dir: 'topics/', search: { path: 'data/index.json' } }, source: { dir: 'source', entries: [] }, theme: themeSource });
    assert.ok(moved.has('topics'));
    assert.ok(moved.has('data'));
    assert.equal(moved.has('search.json'), false);
  });

  test("include the plugins' own folders and the theme's files", () => {
    for (const name of ['search', 'vendor', 'js', '404.html', 'css', 'favicon.svg', 'fonts', 'series', 'llms.txt']) assert.ok(names.has(name), name);
  });

  test("include the source folder's pages and files, not its _ folders", () => {
    assert.equal(names.get('about'), 'source/about');
    assert.equal(names.get('robots.txt'), 'source/robots.txt');
    assert.equal(names.get('colophon.html'), 'source/colophon.md');
    assert.equal(names.has('_posts'), false);
  });

  test('match in any case', () => {
    assert.match(reservedOwner(names, 'Tags') ?? '', /tag_dir/);
    assert.equal(reservedOwner(names, 'my-note'), undefined);
  });

  test('cover every top-level name a build of the site writes', async () => {
    const site = reservedIds({ config: projectConfig, source: { dir: 'source', entries: fs.readdirSync(path.join(projectRoot, 'source')) }, theme: themeSource });
    // index.html is the home page: an id is never empty, so no note can take it.
    const missing = (await publishedTopLevel()).filter((name) => name !== 'index.html' && name !== 'ai' && !site.has(name));
    assert.deepEqual(missing, []);
  });
});

describe('reserved ids in the build', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/search.md': note({ title: 'Search', id: 'search' }, '搜索笔记'),
        '_posts/vendor.md': note({ title: 'Vendor', id: 'Vendor' }, '供应商'),
      },
    });
  });
  after(() => site.remove());

  test('a note whose id is a folder of the site moves aside, with an error naming what uses it', () => {
    assert.ok(site.errors.some((e) => /source\/_posts\/search\.md:\d+: id "search" is also the id of the search page/.test(e)), site.errors.join('\n'));
    assert.ok(site.errors.some((e) => /source\/_posts\/vendor\.md:\d+: id "Vendor" is also the id of KaTeX and mermaid/.test(e)), site.errors.join('\n'));
    assert.equal(site.$('search-2/index.html')('article.note').attr('data-id'), 'search-2');
    assert.equal(site.$('Vendor-2/index.html')('article.note').attr('data-id'), 'Vendor-2');
  });

  test('the search page keeps its folder', () => {
    assert.equal(site.$('search/index.html')('article.note').length, 0);
    assert.ok(site.read('search/index.html').includes('search'));
  });
});

describe('reserved ids in hexo new', () => {
  const dir = makeSite();
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('`hexo new --id` never takes a folder of the site', async () => {
    for (const [id, expected] of [['search', 'search-2'], ['vendor', 'vendor-2'], ['404.html', '404.html-2']] as const) {
      const result = await runHexo(dir, ['new', `Note ${id}`, '--id', id]);
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, new RegExp(`id "${id.replace('.', '\\.')}" is already used by`));
      assert.ok(result.output.includes(`Note id: ${expected} `), result.output);
    }
  });
});
