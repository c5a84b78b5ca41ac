import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Row } from '../../bench/report';
import { checkTargets, failures } from '../../bench/targets';

const one = (v: number) => ({ median: v, min: v, max: v, n: 1 });

/** Rows that meet every target, to be spoiled one at a time. */
function passingRows(): Row[] {
  return [
    { id: 'cold.1000.time', label: '', unit: 's', ours: one(12), plain: one(10) },
    { id: 'cold.1000.rss', label: '', unit: 'MB', ours: one(300), plain: one(250) },
    { id: 'growth.1000-4000', label: '', unit: '×', ours: one(4.1), plain: one(4) },
    { id: 'incremental.1000.time', label: '', unit: 's', ours: one(5), plain: one(4) },
    { id: 'server.1000.reload', label: '', unit: 'ms', ours: one(600), plain: one(500) },
    { id: 'weight.1000.seed', label: '', unit: 'kB', ours: one(20), plain: null },
    { id: 'search.1000.p95', label: '', unit: 'ms', ours: one(4), plain: null },
    { id: 'search.1000.first', label: '', unit: 'kB', ours: one(300), plain: null, extra: { htmlMarkup: false, htmlResponses: [] } },
    { id: 'search.1000.build-share', label: '', unit: '%', ours: one(3), plain: null },
    { id: 'search.10000.first', label: '', unit: 'kB', ours: { median: 80, min: 40, max: 190, n: 50 }, plain: null },
    { id: 'search.10000.p95', label: '', unit: 'ms', ours: one(20), plain: null },
    { id: 'search.10000.files', label: '', unit: 'kB', ours: one(50_000), plain: null, extra: { files: 6000, notes: 10_002 } },
  ];
}

function spoil(id: string, change: (row: Row) => Row): Row[] {
  return passingRows().map((r) => (r.id === id ? change(r) : r));
}

describe('bench targets', () => {
  test('rows that meet every target pass, and --check has nothing to name', () => {
    const results = checkTargets(passingRows());
    assert.equal(results.length, 13);
    assert.deepEqual(results.filter((r) => r.status !== 'pass'), []);
    assert.deepEqual(failures(results), []);
  });

  const misses: [string, string, (row: Row) => Row, RegExp][] = [
    ['cold build ratio', 'cold.1000.time', (r) => ({ ...r, ours: one(12.6) }), /cold build at N = 1,000.*1\.26×/],
    ['peak RSS ratio', 'cold.1000.rss', (r) => ({ ...r, ours: one(400) }), /peak RSS.*1\.60×/],
    ['growth', 'growth.1000-4000', (r) => ({ ...r, ours: one(4.5) }), /grows ≤ 4\.4×.*4\.50/],
    ['incremental vs our cold', 'incremental.1000.time', (r) => ({ ...r, ours: one(6.1) }), /incremental.*0\.51× our cold build/],
    ['server reload', 'server.1000.reload', (r) => ({ ...r, ours: one(1000.5) }), /within 1 s.*1,000\.50 ms/],
    ['seed page weight', 'weight.1000.seed', (r) => ({ ...r, ours: one(25.1) }), /seed page.*25\.1 kB/],
    ['search p95', 'search.1000.p95', (r) => ({ ...r, ours: one(31) }), /search p95.*31\.00 ms/],
    ['index build share', 'search.1000.build-share', (r) => ({ ...r, ours: one(5.2) }), /5 % of the cold build.*5\.2 %/],
    ['first search median at 10,000', 'search.10000.first', (r) => ({ ...r, ours: { median: 101, min: 40, max: 190, n: 50 } }), /median ≤ 100 kB.*101\.0 kB/],
    ['worst first search at 10,000', 'search.10000.first', (r) => ({ ...r, ours: { median: 80, min: 40, max: 230, n: 50 } }), /every query ≤ 200 kB.*230\.0 kB/],
    ['search p95 at 10,000', 'search.10000.p95', (r) => ({ ...r, ours: one(31) }), /N = 10,000.*31\.00 ms/],
    ['files per note', 'search.10000.files', (r) => ({ ...r, extra: { files: 10_500, notes: 10_002 } }), /one file per note.*1\.05 files per note/],
    ['HTML in the first search', 'search.1000.first', (r) => ({ ...r, extra: { htmlMarkup: true, htmlResponses: ['/search.xml'] } }), /no HTML markup.*\/search\.xml/],
  ];
  for (const [name, id, change, message] of misses) {
    test(`a missed target is named: ${name}`, () => {
      const missed = failures(checkTargets(spoil(id, change)));
      assert.equal(missed.length, 1, missed.join('\n'));
      assert.match(missed[0] ?? '', /^missed: /);
      assert.match(missed[0] ?? '', message);
    });
  }

  test('a target whose rows were not measured fails --check and says why', () => {
    const rows = passingRows()
      .filter((r) => r.id !== 'growth.1000-4000')
      .map((r) => (r.id === 'search.1000.p95' ? { ...r, ours: null, note: 'n/a (search engine not found)' } : r));
    const missed = failures(checkTargets(rows));
    assert.equal(missed.length, 2);
    assert.match(missed.join('\n'), /not measured: .*grows.*growth\.1000-4000 was not measured/);
    assert.match(missed.join('\n'), /not measured: search p95.*search engine not found/);
  });

  test('the incremental target needs our cold build at the same size', () => {
    const rows = passingRows().filter((r) => r.id !== 'cold.1000.time');
    assert.match(failures(checkTargets(rows)).join('\n'), /incremental.*cold\.1000\.time was not measured/);
  });
});
