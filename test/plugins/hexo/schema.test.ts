// Contact: warehouse's SchemaType (on site.hexo.database) and Schema#path, through
// which a field of Post/Page gets our own stored and read values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { replaceSchemaPath } from '../../../plugins/hexo/schema';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const warehouse = installed('warehouse');
const site = plainHexo();

test(`${warehouse}: the database has SchemaType, models a schema with path()`, () => {
  const { SchemaType } = site.hexo.database as { SchemaType?: unknown };
  assert.equal(typeof SchemaType, 'function', `${warehouse}: Database#SchemaType is not a class`);
  for (const model of ['Post', 'Page']) {
    const schema = (site.hexo.model(model) as { schema?: { path?: unknown } }).schema;
    assert.equal(typeof schema?.path, 'function', `${warehouse}: Model#schema.path (${model}) is not a function`);
  }
});

test('a replaced field is stored with `value` and read with `cast`', async () => {
  replaceSchemaPath(site.hexo, ['Page'], 'more', {
    value: (value, data) => (value === data.content ? undefined : value),
    cast: (value, data, base) => (value === undefined ? data.content : base(value)),
  });
  const Page = site.hexo.model('Page');
  const same = (await Page.insert({ source: 'a.md', path: 'a/', content: '<p>a</p>', more: '<p>a</p>' })) as unknown as { _id: string };
  const cut = (await Page.insert({ source: 'b.md', path: 'b/', content: '<p>b</p>', more: '<p>rest</p>' })) as unknown as { _id: string };
  const stored = (id: string): unknown => (Page.findById(id) as unknown as { toObject(): Record<string, unknown> }).toObject().more;
  const json = JSON.parse(JSON.stringify(Page.toJSON())) as Array<{ _id: string; more?: string }>;
  assert.equal(json.find((p) => p._id === same._id)?.more, undefined, `${warehouse}: the field's value() is not what the database stores`);
  assert.equal(json.find((p) => p._id === cut._id)?.more, '<p>rest</p>');
  assert.equal(stored(same._id), '<p>a</p>');
});

test('a database without SchemaType is an error naming the warehouse version', () => {
  const fake = { database: {} } as unknown as Hexo;
  assert.throws(() => replaceSchemaPath(fake, ['Post'], 'more', {}), new RegExp(`${literally(warehouse)}: Database#SchemaType`));
});
