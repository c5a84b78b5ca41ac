import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLines } from '../../bench/hexo-run';

test('ERROR and FATAL lines are found in coloured and plain Hexo output', () => {
  const output = ['INFO  Start processing', '\u001b[41mFATAL\u001b[49m Something is wrong', 'ERROR Render failed', 'WARN  a warning', '  ERROR inside a dump'].join('\n');
  assert.deepEqual(errorLines(output), ['FATAL Something is wrong', 'ERROR Render failed']);
});
