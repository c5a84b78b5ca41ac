import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listingRoutes } from '../../../plugins/link-check/listings';

const routes = ['index.html', 'page/2/index.html', 'tags/index.html', 'tags/AI/index.html', 'archives/2024/index.html', 'categories/x/index.html', 'series/s/index.html', 'search/index.html', '404.html', 'ai/index.html', 'tags/AI/feed.xml', 'about/index.html'];

test('the home pages, tag, category, archive and series listings, search and 404 are listings; notes, pages and other files are not', () => {
  assert.deepEqual(listingRoutes(routes, {}), ['index.html', 'page/2/index.html', 'tags/index.html', 'tags/AI/index.html', 'archives/2024/index.html', 'categories/x/index.html', 'series/s/index.html', 'search/index.html', '404.html']);
});

test('the folders come from _config.yml', () => {
  const mine = ['topics/AI/index.html', 'tags/AI/index.html', 'p/2/index.html', 'page/2/index.html', 'history/index.html'];
  assert.deepEqual(listingRoutes(mine, { tag_dir: 'topics', pagination_dir: '/p/', archive_dir: 'history', category_dir: '' }), ['topics/AI/index.html', 'p/2/index.html', 'history/index.html']);
});
