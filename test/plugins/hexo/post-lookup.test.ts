// Contact: warehouse's Model emits insert, update and remove with the document,
// and findOne(query) is findById of the first matching record (post-lookup.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPostsBySource } from '../../../plugins/hexo/post-lookup';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const warehouse = installed('warehouse');
const site = plainHexo();

interface Doc {
  _id: string;
  source: string;
  title?: string;
  save(): Promise<unknown>;
  remove(): Promise<unknown>;
}

type Model = { findOne(query: object, options?: object): Doc | undefined; insert(data: object): Promise<Doc>; length: number };

test(`${warehouse}: a lookup by source answers as warehouse would, through inserts, saves and removals`, async () => {
  const Post = site.hexo.model('Post') as unknown as Model;
  // warehouse's own answer, for comparison: any query with a second key goes to it.
  const reference = (source: string): string | undefined => Post.findOne({ source, _id: { $exists: true } })?._id;
  const lookup = (source: string): string | undefined => Post.findOne({ source })?._id;
  const a = await Post.insert({ source: '_posts/a.md', slug: 'a' });
  indexPostsBySource(site.hexo);
  assert.equal(lookup('_posts/a.md'), a._id);
  const b = await Post.insert({ source: '_posts/b.md', slug: 'b' });
  assert.equal(lookup('_posts/b.md'), b._id, `${warehouse}: a record inserted after the first lookup is not found (no insert event?)`);
  assert.equal(lookup('_posts/none.md'), undefined);
  const found = Post.findOne({ source: '_posts/b.md' });
  assert.equal(typeof found?.save, 'function', 'the answer is a document, as findById gives');
  found!.title = 'B';
  await found!.save();
  assert.equal(Post.findOne({ source: '_posts/b.md' })?.title, 'B');
  await Post.findOne({ source: '_posts/a.md' })!.remove();
  assert.equal(lookup('_posts/a.md'), undefined, `${warehouse}: a removed record is still found (no remove event?)`);
  // Two records of one source (never made by Hexo): the first, as warehouse answers.
  const again = await Post.insert({ source: '_posts/b.md', slug: 'b2' });
  assert.notEqual(again._id, b._id);
  for (const source of ['_posts/a.md', '_posts/b.md', '_posts/none.md']) assert.equal(lookup(source), reference(source), source);
});

test('a Post model without events is an error naming the warehouse version', () => {
  const fake = { model: () => ({ findOne() {}, findById() {} }) } as unknown as Parameters<typeof indexPostsBySource>[0];
  assert.throws(() => indexPostsBySource(fake), new RegExp(`^Error: ${literally(warehouse)}: Model#findOne`));
});
