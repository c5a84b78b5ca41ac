import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { buildToc, renderToc, tocDepth } from '../../../plugins/headings/toc';

const e = (level: number, id: string, text = id) => ({ level, id, text });

test('nests h2–h4 and leaves other levels out', () => {
  const tree = buildToc([e(1, 't'), e(2, 'a'), e(3, 'a1'), e(4, 'a1x'), e(5, 'deep'), e(2, 'b'), e(3, 'b1')], { min: 2, max: 4 });
  assert.deepEqual(JSON.parse(JSON.stringify(tree)), [
    { id: 'a', text: 'a', children: [{ id: 'a1', text: 'a1', children: [{ id: 'a1x', text: 'a1x', children: [] }] }] },
    { id: 'b', text: 'b', children: [{ id: 'b1', text: 'b1', children: [] }] },
  ]);
});

test('a skipped level nests under the previous heading; a note starting at h3 still lists it', () => {
  assert.deepEqual(buildToc([e(2, 'a'), e(4, 'x'), e(3, 'y')], { min: 2, max: 4 }).map((n) => n.children.map((c) => c.id)), [['x', 'y']]);
  assert.deepEqual(buildToc([e(3, 'x'), e(2, 'a')], { min: 2, max: 4 }).map((n) => n.id), ['x', 'a']);
});

test('depth comes from the theme config, with h2–h4 when it is missing or nonsense', () => {
  assert.deepEqual(tocDepth(undefined), { min: 2, max: 4 });
  assert.deepEqual(tocDepth({ min_depth: 2, max_depth: 3 }), { min: 2, max: 3 });
  assert.deepEqual(tocDepth({ min_depth: 5, max_depth: 2 }), { min: 2, max: 4 });
  assert.deepEqual(tocDepth({ min_depth: 'x', max_depth: 9 }), { min: 2, max: 4 });
});

test('renders nested lists with escaped text, and nothing for no headings', () => {
  assert.equal(renderToc([], { title: '目录' }), '');
  const html = renderToc(buildToc([e(2, 'a&b', '<script>'), e(3, 'c')], { min: 2, max: 4 }), { title: '本页目录' });
  const $ = cheerio.load(html);
  assert.equal($('nav.toc > .toc-body > ol.toc-list > li > a').attr('href'), '#a&b');
  assert.equal($('nav.toc ol.toc-list > li > a').text(), '<script>');
  assert.equal($('nav.toc ol.toc-list > li > ol.toc-sublist > li > a').attr('href'), '#c');
  assert.equal($('button.toc-toggle').attr('aria-controls'), $('.toc-body').attr('id'));
  assert.equal($('nav.toc').attr('aria-label'), '本页目录');
});
