import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bucketOf, formatProfile, summarizeProfile, type CpuProfile } from '../../bench/profile';

describe('bench CPU profile summary', () => {
  test('functions are grouped by package, plugin folder, theme or Node', () => {
    assert.equal(bucketOf('file:///site/node_modules/cheerio/dist/commonjs/load.js', 'load'), 'cheerio');
    assert.equal(bucketOf('file:///a/node_modules/x/node_modules/@types/y/index.js', 'f'), '@types/y');
    assert.equal(bucketOf('file:///work/main/node_modules/hexo/dist/plugins/filter/post_permalink.js', 'f'), 'hexo/plugins/filter');
    assert.equal(bucketOf('file:///tmp/site/plugins/post-dom/index.ts', 'run'), 'plugins/post-dom');
    assert.equal(bucketOf('file:///tmp/site/themes/notes/layout/post.ejs', 'f'), 'themes/notes');
    assert.equal(bucketOf('node:internal/fs/utils', 'f'), 'node internals');
    assert.equal(bucketOf('', '(garbage collector)'), '(garbage collector)');
    assert.equal(bucketOf('', 'JSON.parse'), '(native)');
  });

  test('self time goes to the sampled function; total time to every bucket on its stack, once', () => {
    // hexo filter -> our plugin -> cheerio -> our plugin again (a callback).
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 6] },
        { id: 2, callFrame: { functionName: 'execFilter', url: 'file:///s/node_modules/hexo/dist/extend/filter.js' }, children: [3] },
        { id: 3, callFrame: { functionName: 'run', url: 'file:///s/plugins/post-dom/index.ts' }, children: [4] },
        { id: 4, callFrame: { functionName: 'load', url: 'file:///s/node_modules/cheerio/lib/load.js' }, children: [5] },
        { id: 5, callFrame: { functionName: 'cb', url: 'file:///s/plugins/post-dom/index.ts' } },
        { id: 6, callFrame: { functionName: '(garbage collector)', url: '' } },
      ],
      samples: [4, 5, 4, 6, 3],
      // Each sample lasts until the next one (µs).
      timeDeltas: [0, 1000, 2000, 1000, 4000, 500],
    };
    const summary = summarizeProfile(profile);
    const by = new Map(summary.buckets.map((b) => [b.bucket, b]));
    assert.equal(summary.totalMs, 8.5);
    assert.deepEqual(by.get('cheerio'), { bucket: 'cheerio', selfMs: 2, totalMs: 4 });
    assert.deepEqual(by.get('plugins/post-dom'), { bucket: 'plugins/post-dom', selfMs: 2.5, totalMs: 4.5 });
    assert.deepEqual(by.get('hexo/extend/filter.js'), { bucket: 'hexo/extend/filter.js', selfMs: 0, totalMs: 4.5 });
    assert.deepEqual(by.get('(garbage collector)'), { bucket: '(garbage collector)', selfMs: 4, totalMs: 4 });
    assert.equal(summary.buckets[0]?.bucket, '(garbage collector)', 'sorted by self time');
    const table = formatProfile('Ours', summary, 2);
    assert.match(table, /^Ours: 0\.01 s sampled/);
    const [topTable = '', oursTable = ''] = table.split('Our plugins and theme');
    assert.equal(topTable.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Code') && !l.startsWith('| ---')).length, 2);
    assert.match(oursTable, /\| plugins\/post-dom \| 3 \| 29\.4 \| 5 \|/);
    assert.match(table, /\| \(garbage collector\) \| 4 \| 47\.1 \| 4 \|/);
  });
});

test('the summary lists our plugins by total time even when libraries top self time', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 4] },
      { id: 2, callFrame: { functionName: 'run', url: 'file:///s/plugins/math/index.ts' }, children: [3] },
      { id: 3, callFrame: { functionName: 'render', url: 'file:///s/node_modules/katex/dist/katex.js' } },
      { id: 4, callFrame: { functionName: 'x', url: 'file:///s/node_modules/a/index.js' } },
    ],
    samples: [3, 3, 4],
    timeDeltas: [0, 1000, 1000, 1000],
  };
  const table = formatProfile('Ours', summarizeProfile(profile), 1);
  assert.match(table, /\| katex \| 2 \|/);
  assert.doesNotMatch(table, /\| a \|/);
  assert.match(table, /Our plugins and theme, by total time:[\s\S]*\| plugins\/math \| 0 \| 0\.0 \| 2 \|/);
});
