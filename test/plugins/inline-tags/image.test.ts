import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stellarImageArgs } from '../../../plugins/inline-tags/image';

test("Stellar's options come out: a pixel width (and then height) stay as Hexo's numbers, the words are title and alt", () => {
  assert.deepEqual(stellarImageArgs(['/a.png', '图', '1', 'width:300px']), ['/a.png', '300', '"图 1"', '"图 1"']);
  assert.deepEqual(stellarImageArgs(['/a.png', 'width:300', 'height:200px', 'bg:#eee']), ['/a.png', '300', '200']);
  assert.deepEqual(stellarImageArgs(['https://x.test/a.png', 'download:true', 'fancybox:false', 'padding:8px', '说明']), ['https://x.test/a.png', '"说明"', '"说明"']);
});

test('a width that is no pixel count is dropped, and a height alone is not a width; a quote in the alt is kept as a full-width one', () => {
  assert.deepEqual(stellarImageArgs(['/a.png', 'width:50%']), ['/a.png']);
  assert.deepEqual(stellarImageArgs(['/a.png', 'height:200px']), ['/a.png']);
  assert.deepEqual(stellarImageArgs(['/a.png', 'width:10px', '他说"好"']), ['/a.png', '10', '"他说＂好＂"', '"他说＂好＂"']);
});

test("without a Stellar option it is Hexo's own form, left as written", () => {
  assert.equal(stellarImageArgs(['/a.png', '300', '"标题"']), null);
  assert.equal(stellarImageArgs(['left', '/a.png']), null);
  assert.equal(stellarImageArgs([]), null);
});
