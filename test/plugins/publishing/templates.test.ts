import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { useOurTemplates } from '../../../plugins/publishing/templates';

test('the feed and the sitemap get our templates unless the site names its own', () => {
  const config: Record<string, Record<string, unknown>> = { feed: { type: 'atom' }, sitemap: { path: 'sitemap.xml', template: 'mine.xml' } };
  useOurTemplates(config, '/plugins/publishing');
  assert.equal(config.feed?.template, path.join('/plugins/publishing', 'atom.xml'));
  assert.equal(config.sitemap?.template, 'mine.xml');
});

test('a feed or sitemap the site does not configure stays off', () => {
  const config: Record<string, Record<string, unknown> | undefined> = {};
  useOurTemplates(config, '/plugins/publishing');
  assert.deepEqual(config, {});
});
