import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageExtension } from '../../../plugins/shared/fetch-limited';
import { pool } from '../../../plugins/shared/http';

test('images are recognised by their bytes, SVG and HTML are not images', () => {
  assert.equal(imageExtension(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), 'png');
  assert.equal(imageExtension(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), 'jpg');
  assert.equal(imageExtension(new TextEncoder().encode('GIF89a')), 'gif');
  assert.equal(imageExtension(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
  assert.equal(imageExtension(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
  assert.equal(imageExtension(new TextEncoder().encode('<html>')), null);
});

test('the pool never runs more tasks at once than its limit and runs each once', async () => {
  let running = 0;
  let peak = 0;
  const seen: number[] = [];
  await pool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setImmediate(resolve));
    seen.push(n);
    running--;
  });
  assert.equal(peak, 3);
  assert.deepEqual(seen.sort(), [1, 2, 3, 4, 5, 6, 7]);
});
