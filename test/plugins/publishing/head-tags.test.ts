import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headTags, type HeadTagsContext } from '../../../plugins/publishing/head-tags';

const GENERATOR = '<meta name="generator" content="Hexo 8">';
const FEED = '<link rel="alternate" href="/atom.xml" type="application/atom+xml">';

function context(over: Partial<HeadTagsContext>): HeadTagsContext {
  return {
    metaGenerator: true,
    feed: { autodiscovery: true, type: 'atom' },
    hasGenerator: (name) => name === 'atom',
    metaGeneratorTag: () => GENERATOR,
    feedTag: () => FEED,
    ...over,
  };
}

test('both tags, as Hexo’s helpers write them, where both filters would insert them', () => {
  assert.equal(headTags(context({})), `${GENERATOR}\n${FEED}`);
});

test('no generator tag when _config.yml turns it off', () => {
  assert.equal(headTags(context({ metaGenerator: false })), FEED);
});

test('no feed link without the feed plugin, without its generator, or with autodiscovery off', () => {
  assert.equal(headTags(context({ feed: undefined })), GENERATOR);
  assert.equal(headTags(context({ hasGenerator: () => false })), GENERATOR);
  assert.equal(headTags(context({ feed: { autodiscovery: false, type: 'atom' } })), GENERATOR);
});

test('a feed of several types is linked when one of them is generated', () => {
  assert.equal(headTags(context({ feed: { autodiscovery: true, type: ['atom', 'rss2'] }, hasGenerator: (n) => n === 'rss2' })), `${GENERATOR}\n${FEED}`);
});
