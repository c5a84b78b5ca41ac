// Contact: warehouse keeps a model's records in `Model#data` by id (deleted ones as null).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { findDocument, setStoredFields, storedRecords } from '../../../plugins/hexo/records';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const warehouse = installed('warehouse');
const site = plainHexo();

test(`${warehouse}: Model#data holds each record by its id`, async () => {
  const Post = site.hexo.model('Post');
  const kept = (await Post.insert({ source: '_posts/a.md', slug: 'a' })) as unknown as { _id: string };
  const gone = (await Post.insert({ source: '_posts/b.md', slug: 'b' })) as unknown as { _id: string };
  await Post.removeById(gone._id);
  const data = (Post as unknown as { data?: unknown }).data as Record<string, { source?: unknown } | null> | undefined;
  assert.equal(typeof data, 'object', `${warehouse}: Model#data is not an object; storedRecords (plugins/hexo/records.ts) reads it`);
  assert.equal(data?.[kept._id]?.source, '_posts/a.md', `${warehouse}: Model#data is not keyed by _id with the record's fields`);
  assert.ok(!data?.[gone._id], `${warehouse}: a removed record is still in Model#data`);
});

test('storedRecords gives the live records, findDocument the document to save', () => {
  const records = storedRecords(site.hexo, 'Post');
  assert.deepEqual(records.map((r) => r.source), ['_posts/a.md']);
  const doc = findDocument<{ source: string; save(): unknown }>(site.hexo, 'Post', records[0]!._id);
  assert.equal(doc.source, '_posts/a.md');
  assert.equal(typeof doc.save, 'function');
});

test('a model without data is an error naming the warehouse version', () => {
  const fake = { model: () => ({}) } as unknown as Hexo;
  assert.throws(() => storedRecords(fake, 'Post'), new RegExp(`^Error: ${literally(warehouse)}: Model#data`));
});

test(`${warehouse}: a field set on the stored record is in the next document and in the saved database`, () => {
  const [record] = storedRecords(site.hexo, 'Post');
  assert.ok(record);
  setStoredFields(site.hexo, 'Post', record._id, { tag_order: ['b', 'a'] });
  const doc = findDocument<{ tag_order?: unknown }>(site.hexo, 'Post', record._id);
  assert.deepEqual(doc.tag_order, ['b', 'a'], `${warehouse}: findById does not read Model#data's record`);
  const saved = (site.hexo.model('Post') as unknown as { toJSON(): Array<{ _id: string; tag_order?: unknown }> }).toJSON();
  assert.deepEqual(saved.find((r) => r._id === record._id)?.tag_order, ['b', 'a'], `${warehouse}: Model#toJSON (db.json) does not write Model#data's record`);
  assert.throws(() => setStoredFields(site.hexo, 'Post', 'nope', { x: 1 }), /^Error: Post nope: no such record to set x on$/);
});
