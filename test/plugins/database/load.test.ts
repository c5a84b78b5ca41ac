// db.json read with JSON.parse: the same records warehouse's own loader gives,
// and a damaged file is still Hexo's "Database load failed", then a full build.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fitsInOneString, parseDatabase } from '../../../plugins/database/load';
import { buildSite, logLines, note, type Site } from '../../helpers/site';

test('a warehouse file gives its version and each model\'s records in order', () => {
  const text = JSON.stringify({ meta: { version: 2, warehouse: '6.0.0' }, models: { Post: [{ _id: 'a' }, { _id: 'b' }], Tag: [] } });
  assert.deepEqual(parseDatabase(text), { version: 2, models: [['Post', [{ _id: 'a' }, { _id: 'b' }]], ['Tag', []]] });
  assert.deepEqual(parseDatabase('{"models":{}}'), { version: 0, models: [] }, 'no meta reads as version 0, as warehouse does');
});

test('what is not a warehouse file is refused', () => {
  assert.throws(() => parseDatabase('{"models":{"Post":[{"_id":'), SyntaxError);
  assert.throws(() => parseDatabase('[]'), /not a JSON object/);
  assert.throws(() => parseDatabase('{"models":[1]}'), /no models/);
  assert.throws(() => parseDatabase('{"models":{"Post":{}}}'), /Post is not a list/);
});

describe('a site built again from its db.json', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files: { '_posts/kept.md': note({ title: '缓存', id: 'kept', tags: ['甲'] }, '## 小节\n\n正文 $x^2$，坏的 $\\frac{a$。') } });
  });
  after(() => site.remove());

  test('a second build reads every note back and writes the same pages', async () => {
    assert.equal(site.code, 0, site.output);
    assert.match(site.output, /WARN.*kept\.md/, 'rendering the note warns about its bad formula');
    const first = site.read('kept/index.html');
    const again = await site.hexo('generate');
    assert.equal(again.code, 0, again.output);
    assert.doesNotMatch(again.output, /kept\.md/, 'the note came from db.json, not rendered again');
    assert.deepEqual(logLines(again.output, 'ERROR', 'FATAL'), []);
    assert.doesNotMatch(again.output, /Generated: kept\/index\.html/, 'nothing changed, nothing rewritten');
    assert.equal(site.read('kept/index.html'), first);
  });

  test('a damaged db.json is reported, deleted and the site rebuilt', async () => {
    const db = path.join(site.dir, 'db.json');
    fs.writeFileSync(db, '{"meta":{"version":1},"models":{"Post":[{"_id":');
    const result = await site.hexo('generate');
    assert.match(result.output, /Database load failed/);
    assert.equal(site.$('kept/index.html')('.note-body h2').text().trim(), '小节');
    const clean = await site.hexo('generate');
    assert.deepEqual(logLines(clean.output, 'ERROR', 'FATAL'), [], 'the rebuilt db.json loads');
    assert.ok(JSON.parse(fs.readFileSync(db, 'utf8')));
  });
});

test('a db.json too large for one string is left to warehouse\'s streaming parser', () => {
  assert.equal(fitsInOneString(30 * 1024 * 1024), true);
  assert.equal(fitsInOneString(2 ** 28 + 1), false);
  assert.equal(fitsInOneString(2 ** 29), false);
});
