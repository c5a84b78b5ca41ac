// Contact: the Post model's `tags` virtual (warehouse Schema#path, its getter)
// and its `setTags` method on Document.prototype.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { orderTags } from '../../../plugins/hexo/tags';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();

interface PostDoc {
  _id: string;
  tags: { map<T>(fn: (tag: { name: string }) => T): T[] };
  setTags(tags: unknown): Promise<unknown>;
}

test(`${hexoVersion}: Post has a tags virtual with a getter and a setTags method`, () => {
  const Post = site.hexo.model('Post') as unknown as { schema: { path(name: string): { getter?: unknown } | undefined }; Document: { prototype: { setTags?: unknown } } };
  assert.equal(typeof Post.schema.path('tags')?.getter, 'function', `${hexoVersion}: the Post model's tags virtual has no getter`);
  assert.equal(typeof Post.Document.prototype.setTags, 'function', `${hexoVersion}: Post documents have no setTags method`);
});

test('orderTags lists the tags by its order and saves what it keeps', async () => {
  orderTags(site.hexo, {
    order: (tags, note) => (note.by_name ? [...tags].sort((a, b) => a.name.localeCompare(b.name)) : null),
    keep: (tags) => ({ by_name: Array.isArray(tags) }),
  });
  const Post = site.hexo.model('Post');
  const inserted = (await Post.insert({ source: '_posts/a.md', slug: 'a' })) as unknown as PostDoc;
  await inserted.setTags(['乙', 'b', 'a']);
  const doc = Post.findById(inserted._id) as unknown as PostDoc & { by_name?: boolean };
  assert.equal(doc.by_name, true, 'what keep() returned is saved with the note');
  assert.deepEqual(doc.tags.map((t) => t.name), ['a', 'b', '乙']);
});

test('a model without the tags getter is an error naming the Hexo version', () => {
  const fake = { model: () => ({ schema: { path: () => undefined } }) } as unknown as Hexo;
  assert.throws(() => orderTags(fake, { order: () => null, keep: () => ({}) }), new RegExp(`${literally(hexoVersion)}: the Post model has no \`tags\``));
});
