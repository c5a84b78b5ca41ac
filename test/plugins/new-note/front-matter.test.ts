import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { localTime, tidyFrontMatter } from '../../../plugins/new-note/front-matter';

test('dates are written in the site\'s timezone', () => {
  const instant = new Date('2024-01-01T00:30:05Z');
  assert.equal(localTime(instant, 'Asia/Shanghai'), '2024-01-01 08:30:05');
  assert.equal(localTime(instant, 'America/New_York'), '2023-12-31 19:30:05');
  assert.match(localTime(instant, 'Not/AZone'), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
});

test('the exact title, the local date, the README\'s key order; the body is kept', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fm-')), 'a.md');
  fs.writeFileSync(file, '---\ntitle: x\nid: x\nno_toc: false\ndate: 2024-01-01 00:00:00\ntags:\nextra: 1\n---\nbody\n');
  tidyFrontMatter(file, 'a #b: "c"', new Date('2024-05-01T12:00:00Z'), 'Asia/Shanghai');
  assert.equal(fs.readFileSync(file, 'utf8'), '---\ntitle: \'a #b: "c"\'\ndate: 2024-05-01 20:00:00\ntags: []\nid: x\nno_toc: false\nextra: 1\n---\nbody\n');
  fs.rmSync(path.dirname(file), { recursive: true });
});
