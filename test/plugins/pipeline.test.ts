import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as pipeline from '../../plugins/pipeline';
import { projectRoot } from '../helpers/site';

const source = fs.readFileSync(path.join(projectRoot, 'plugins', 'pipeline.ts'), 'utf8');

/** The stage diagram at the top of pipeline.ts, without the comment marks. */
function diagram(): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith('//   Markdown source'));
  const end = lines.findIndex((l, i) => i > start && l.includes('NOT_FOUND_FALLBACK (the 404 page)'));
  assert.ok(start >= 0 && end > start, 'pipeline.ts opens with the stage diagram');
  return lines.slice(start, end + 1).map((l) => l.replace(/^\/\//, '')).join('\n');
}

test('every named priority and writer order is in the stage diagram', () => {
  const shown = diagram();
  for (const [group, constants] of Object.entries(pipeline)) {
    if (typeof constants !== 'object') continue;
    for (const name of Object.keys(constants)) assert.match(shown, new RegExp(`\\b${name}\\b|${group === 'WRITE' ? name.toLowerCase().replace(/_/g, '[- ]') : '$^'}`, 'i'), `${group}.${name}`);
  }
});

test("the README's Architecture section shows the same diagram", () => {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  assert.ok(readme.includes(`\`\`\`\n${diagram()}\n\`\`\``), 'README.md ## Architecture holds the diagram of plugins/pipeline.ts');
});

test('no priority number outside pipeline.ts', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts') && entry.name !== 'pipeline.ts') {
        const text = fs.readFileSync(file, 'utf8');
        if (/priority\s*:\s*-?\d|filter\.register\([^;]*?,\s*-?\d+\s*,?\s*\)/s.test(text)) offenders.push(path.relative(projectRoot, file));
      }
    }
  };
  walk(path.join(projectRoot, 'plugins'));
  assert.deepEqual(offenders, []);
});
