import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatSummary, growthRows, markdownReport, markdownTable, type Results, type Row } from '../../bench/report';

const s = (median: number, min = median, max = median, n = 3) => ({ median, min, max, n });

describe('bench report', () => {
  test('a summary shows the median and, for several runs, the range', () => {
    assert.equal(formatSummary(s(1.234, 1.1, 1.5), 's'), '1.23 s (1.10–1.50)');
    assert.equal(formatSummary(s(12.34, 12.34, 12.34, 1), 'kB'), '12.3 kB');
    assert.equal(formatSummary(s(1234.5, 1000, 2000), 'MB'), '1,235 MB (1,000–2,000)');
    assert.equal(formatSummary(null, 'ms', 'n/a (x)'), 'n/a (x)');
  });

  test('the table has one line per row with the ratio ours / plain', () => {
    const rows: Row[] = [
      { id: 'cold.1000.time', label: 'Cold build, N = 1,000', unit: 's', ours: s(12, 11, 13), plain: s(10, 9, 11) },
      { id: 'weight.1000.seed', label: 'Seed page', unit: 'kB', ours: s(20.5, 20.5, 20.5, 1), plain: null },
      { id: 'search.1000.p95', label: 'Search p95 | ms', unit: 'ms', ours: null, plain: null, note: 'n/a (search engine not found)' },
    ];
    const lines = markdownTable(rows).split('\n');
    assert.equal(lines.length, 5);
    assert.equal(lines[2], '| Cold build, N = 1,000 | 12.00 s (11.00–13.00) | 10.00 s (9.00–11.00) | 1.20× |');
    assert.equal(lines[3], '| Seed page | 20.5 kB | — | — |');
    assert.equal(lines[4], '| Search p95 \\| ms | n/a (search engine not found) | — | — |');
  });

  test('the report names the date, the machine and the run options, then the targets', () => {
    const results: Results = {
      date: '2026-01-01T00:00:00.000Z',
      machine: { cpus: 2, cpuModel: 'Test CPU', memoryGB: 24, node: 'v20.0.0', platform: 'Linux' },
      options: { sizes: [250, 1000], runs: 3, quick: false, corpus: 'shared' },
      rows: [],
      targets: [{ label: 'seed page ≤ 25 kB', status: 'fail', detail: '30.0 kB (limit 25 kB)' }],
    };
    const md = markdownReport(results);
    assert.match(md, /^Benchmark of 2026-01-01T00:00:00.000Z on 2 cores \(Test CPU\)/);
    assert.match(md, /Sizes 250, 1000; 3 run\(s\) each side/);
    assert.match(md, /- FAIL: seed page ≤ 25 kB — 30\.0 kB \(limit 25 kB\)/);
    assert.doesNotMatch(md, /quick mode/);
  });

  test('growth rows divide the median cold time of each size by the one before', () => {
    const rows: Row[] = [
      { id: 'cold.250.time', label: '', unit: 's', ours: s(3), plain: s(2) },
      { id: 'cold.1000.time', label: '', unit: 's', ours: s(9), plain: s(8) },
      { id: 'cold.4000.time', label: '', unit: 's', ours: s(45), plain: s(30) },
    ];
    const growth = growthRows(rows, [250, 1000, 4000]);
    assert.deepEqual(growth.map((r) => [r.id, r.ours?.median, r.plain?.median]), [
      ['growth.250-1000', 3, 4],
      ['growth.1000-4000', 5, 3.75],
    ]);
    assert.equal(growth[1]?.label, 'Cold build time growth, N = 1,000 → 4,000 (notes grow 4.0×)');
    assert.deepEqual(growthRows(rows.slice(0, 1), [250, 1000]), [], 'no row without both sizes');
  });
});
