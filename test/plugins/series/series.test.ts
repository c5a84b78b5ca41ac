import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSeries, seriesNeighbours } from '../../../plugins/series/series';
import { facts } from '../../helpers/note-facts';

const build = (notes: ReturnType<typeof facts>[]) => buildSeries(notes, (n) => `series/${n}/`, (s) => `source/${s}`);

test('parts follow `order`, not dates; neighbours stay inside the series', () => {
  const index = build([facts('c', { series: 's', order: 3, time: 1 }), facts('a', { series: 's', order: 1, time: 3 }), facts('b', { series: 's', order: 2, time: 2 }), facts('x')]);
  assert.deepEqual(index.series.get('s')?.parts.map((p) => p.key), ['a', 'b', 'c']);
  assert.deepEqual(index.problems, []);
  const first = seriesNeighbours(index, 'a');
  assert.equal(first?.prev, null);
  assert.equal(first?.next?.key, 'b');
  assert.equal(seriesNeighbours(index, 'x'), null);
});

test('a repeated order and a missing or non-numeric one warn naming the files; file order decides', () => {
  const index = build([facts('b', { series: 's', order: 1 }), facts('a', { series: 's', order: 1 }), facts('d', { series: 's', order: 'two' }), facts('c', { series: 's' })]);
  assert.deepEqual(index.series.get('s')?.parts.map((p) => p.key), ['a', 'b', 'c', 'd']);
  assert.deepEqual(index.problems.map((p) => p.source), ['_posts/b.md', '_posts/c.md', '_posts/d.md']);
  assert.match(index.problems[0]?.message ?? '', /"order: 1" is also the order of source\/_posts\/a\.md/);
  assert.match(index.problems[1]?.message ?? '', /has no "order"/);
  assert.match(index.problems[2]?.message ?? '', /"two", not a number/);
});
