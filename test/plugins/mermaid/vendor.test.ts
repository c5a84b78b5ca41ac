import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { mermaidFiles, relativeImports, unresolvedImports } from '../../../plugins/mermaid/vendor';
import { MERMAID_DIR, MERMAID_ENTRY } from '../../../shared/vendor';

test('relative imports are found in minified modules', () => {
  assert.deepEqual(relativeImports('import{a as b}from"./c.mjs";import"./d.mjs";x=()=>import("./e.mjs");y=from("z")'), [
    './c.mjs',
    './d.mjs',
    './e.mjs',
  ]);
});

test('the served mermaid build: its entry, its chunks, and every chunk it imports resolves', () => {
  const files = mermaidFiles();
  assert.equal(files[0]?.path, `${MERMAID_DIR}/${MERMAID_ENTRY}`);
  assert.ok(files.length > 20);
  assert.ok(files.every((f) => f.path.endsWith('.mjs')));
  assert.deepEqual(unresolvedImports(files), []);
  assert.ok(relativeImports(fs.readFileSync(files[0]?.file ?? '', 'utf8')).length > 10);
});
