// Modules loaded on first use: not when the plugins load, once when first needed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lazy, lazyRequire, yaml } from '../../../plugins/shared/lazy';

test('lazy makes its value on the first call only', () => {
  let made = 0;
  const value = lazy(() => ({ n: ++made }));
  assert.equal(made, 0, 'nothing is made before the first call');
  const first = value();
  assert.equal(value(), first);
  assert.equal(made, 1);
});

test('a value that is undefined is still made once', () => {
  let made = 0;
  const value = lazy(() => void made++);
  value();
  value();
  assert.equal(made, 1);
});

test('lazyRequire requires the module at the first call, once', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-'));
  const file = path.join(dir, 'counted.js');
  const counter = globalThis as { lazyTestLoads?: number };
  counter.lazyTestLoads = 0;
  fs.writeFileSync(file, 'globalThis.lazyTestLoads++; module.exports = { answer: 42 };');
  try {
    const counted = lazyRequire<{ answer: number }>(file);
    assert.equal(counter.lazyTestLoads, 0, 'not loaded before the first call');
    assert.equal(counted().answer, 42);
    assert.equal(counted().answer, 42);
    assert.equal(counter.lazyTestLoads, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('yaml is the yaml package', () => {
  assert.deepEqual(yaml().parse('a: [1, 2]'), { a: [1, 2] });
});
