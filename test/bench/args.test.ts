import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArgs, referenceSize } from '../../bench/args';

describe('bench options', () => {
  test('defaults: the issue sizes, 3 runs', () => {
    const o = parseArgs([]);
    assert.deepEqual(o.sizes, [250, 1000, 4000]);
    assert.equal(o.runs, 3);
    assert.equal(o.check, false);
    assert.equal(o.out, 'bench-results');
  });

  test('--quick is a small smoke run unless sizes or runs are given', () => {
    assert.deepEqual(parseArgs(['--quick']).sizes, [20]);
    assert.equal(parseArgs(['--quick']).runs, 1);
    assert.deepEqual(parseArgs(['--quick', '--sizes', '50']).sizes, [50]);
  });

  test('sizes are sorted and deduplicated; both `--x v` and `--x=v` work', () => {
    const o = parseArgs(['--sizes=4000,250,1_000,250', '--runs', '5', '--check', '--profile', '--keep', '--fallback-corpus', '--out', 'x']);
    assert.deepEqual(o.sizes, [250, 1000, 4000]);
    assert.equal(o.runs, 5);
    assert.ok(o.check && o.profile && o.keep && o.fallbackCorpus);
    assert.equal(o.out, 'x');
  });

  test('bad values and unknown options are refused with a message', () => {
    assert.throws(() => parseArgs(['--sizes', '0']), /positive integers/);
    assert.throws(() => parseArgs(['--runs', 'two']), /positive integers/);
    assert.throws(() => parseArgs(['--runs']), /needs a value/);
    assert.throws(() => parseArgs(['--size', '10']), /unknown option "--size"/);
  });

  test('the reference size is 1,000 when run, else the largest size', () => {
    assert.equal(referenceSize([250, 1000, 4000], 1000), 1000);
    assert.equal(referenceSize([20], 1000), 20);
    assert.equal(referenceSize([250, 4000], 1000), 4000);
  });
});
