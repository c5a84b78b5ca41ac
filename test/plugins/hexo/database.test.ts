// Contact: warehouse's Database#load, its options (path, version, onUpgrade,
// onDowngrade) and Model#_import, which replaceDatabaseLoad uses in its place.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { exportWithoutDeepCopies, onDatabaseLoaded, replaceDatabaseLoad } from '../../../plugins/hexo/database';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const warehouse = installed('warehouse');
const site = plainHexo();

interface Loaded {
  options: { path?: string; version?: unknown; onUpgrade?: unknown; onDowngrade?: unknown };
  load?: unknown;
}

test(`${warehouse}: Database#load, its options and Model#_import are there`, () => {
  const db = site.hexo.database as unknown as Loaded;
  assert.equal(typeof db.load, 'function', `${warehouse}: Database#load is not a function`);
  assert.equal(typeof db.options.path, 'string', `${warehouse}: Database#options.path (db.json) is not a string`);
  assert.equal(typeof db.options.version, 'number', `${warehouse}: Database#options.version is not a number`);
  assert.equal(typeof db.options.onUpgrade, 'function', `${warehouse}: Database#options.onUpgrade is not a function`);
  assert.equal(typeof db.options.onDowngrade, 'function', `${warehouse}: Database#options.onDowngrade is not a function`);
  assert.equal(typeof (site.hexo.model('Post') as unknown as { _import?: unknown })._import, 'function', `${warehouse}: Model#_import is not a function`);
});

test('the records `read` gives are imported; null leaves the file to warehouse', async () => {
  const file = (site.hexo.database as unknown as Loaded).options.path!;
  const version = Number((site.hexo.database as unknown as Loaded).options.version);
  const record = { _id: 'p1', source: '_posts/a.md', slug: 'a', title: 'A', date: new Date(0).toISOString() };
  fs.writeFileSync(file, JSON.stringify({ meta: { version }, models: { Post: [{ ...record, _id: 'p2', slug: 'b' }] } }));
  const read: Array<string> = [];
  let answer: 'ours' | 'theirs' = 'ours';
  replaceDatabaseLoad(site.hexo, (at) => {
    read.push(path.basename(at));
    return Promise.resolve(answer === 'ours' ? { version, models: [['Post', [record]]] } : null);
  });
  await site.hexo.database.load();
  assert.deepEqual(read, ['db.json']);
  assert.equal((site.hexo.model('Post').findById('p1') as unknown as { title?: string } | undefined)?.title, 'A');
  answer = 'theirs';
  await site.hexo.database.load();
  assert.ok(site.hexo.model('Post').findById('p2'), 'warehouse\'s own loader read the file');
});

test('onDatabaseLoaded runs once the records are in the models, whichever loader read them', async () => {
  const record = (id: string) => ({ _id: id, source: `_posts/${id}.md`, slug: id, title: id, date: new Date(0).toISOString() });
  for (const ours of [true, false]) {
    const other = new (site.hexo.constructor as new (dir: string, args: object) => Hexo)(site.dir, { silent: true });
    await other.init();
    const db = other.database as unknown as Loaded;
    const version = Number(db.options.version);
    fs.writeFileSync(db.options.path!, JSON.stringify({ meta: { version }, models: { Post: [record('theirs')] } }));
    replaceDatabaseLoad(other, () => Promise.resolve(ours ? { version, models: [['Post', [record('ours')]]] } : null));
    const seen: boolean[] = [];
    onDatabaseLoaded(other, () => seen.push(Boolean(other.model('Post').findById(ours ? 'ours' : 'theirs'))));
    await other.database.load();
    await other.database.load();
    assert.deepEqual(seen, [true], ours ? 'our loader' : "warehouse's loader");
  }
});

test('a database without load is an error naming the warehouse version', () => {
  const fake = { database: { options: { version: 1 } } } as unknown as Hexo;
  assert.throws(() => replaceDatabaseLoad(fake, () => Promise.resolve(null)), new RegExp(`${literally(warehouse)}: Database#load`));
});

test(`${warehouse}: db.json written without deep copies is what warehouse writes, and the records stay as they were`, async () => {
  const other = new (site.hexo.constructor as new (dir: string, args: object) => Hexo)(site.dir, { silent: true });
  await other.init();
  const Post = other.model('Post');
  const Cache = other.model('Cache');
  await Post.insert({ source: '_posts/a.md', slug: 'a', title: 'A', date: new Date(86_400_000), photos: ['x.png'], search_sections: [['标题', 'h', '正文', '']], toc: [{ level: 2, id: 'h', text: '标题' }] });
  await Post.insert({ source: '_posts/b.md', slug: 'b', updated: new Date(0) });
  const gone = (await Post.insert({ source: '_posts/c.md', slug: 'c' })) as unknown as { _id: string };
  await Post.removeById(gone._id);
  await Cache.insert({ _id: 'public/a.html', hash: 'abc' });
  const models = ['Post', 'Cache'].map((name) => other.model(name) as unknown as { _export(): string });
  const theirs = models.map((m) => m._export());
  exportWithoutDeepCopies(other);
  const ours = models.map((m) => m._export());
  assert.deepEqual(ours, theirs);
  const a = Post.findOne({ source: '_posts/a.md' }) as unknown as { date: { toISOString(): string }; search_sections: unknown };
  assert.equal(a.date.toISOString(), new Date(86_400_000).toISOString(), 'the stored date is still a date after the export');
  assert.deepEqual(a.search_sections, [['标题', 'h', '正文', '']]);
});

test('a database without the models by name is an error naming the warehouse version', () => {
  const fake = { database: {} } as unknown as Hexo;
  assert.throws(() => exportWithoutDeepCopies(fake), new RegExp(`^Error: ${literally(warehouse)}: Database#_models`));
});
