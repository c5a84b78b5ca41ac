import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { median, percentile, ratio, summarize } from '../../bench/stats';

describe('bench stats', () => {
  test('median of odd and even counts, whatever the order', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
  });

  test('percentiles interpolate between closest ranks', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i);
    assert.equal(percentile(values, 95), 95);
    assert.equal(percentile(values, 0), 0);
    assert.equal(percentile(values, 100), 100);
    assert.equal(percentile([10, 20], 95), 19.5);
  });

  test('summary carries median, min, max and count', () => {
    assert.deepEqual(summarize([5, 1, 9, 3]), { median: 4, min: 1, max: 9, n: 4 });
  });

  test('bad input is refused rather than summarised', () => {
    assert.throws(() => median([]), /no samples/);
    assert.throws(() => summarize([1, Number.NaN]), /finite/);
    assert.throws(() => percentile([1], 101), /range/);
  });

  test('ratio is ours over plain, null when a side is missing or zero', () => {
    assert.equal(ratio(3, 2), 1.5);
    assert.equal(ratio(null, 2), null);
    assert.equal(ratio(3, undefined), null);
    assert.equal(ratio(3, 0), null);
  });
});
