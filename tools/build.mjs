#!/usr/bin/env node
// `npm run build`: runs `hexo generate` and fails when Hexo logged any ERROR or
// FATAL line. Hexo itself exits 0 when, say, a script fails to load, which would
// publish a broken site from CI. Arguments are passed on to `hexo generate`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import process from 'node:process';

const require = createRequire(import.meta.url);
const hexo = require.resolve('hexo-cli/bin/hexo');
const problems = [];
let pending = '';

const child = spawn(process.execPath, [hexo, 'generate', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
});

function scan(chunk, out) {
  out.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    if (/^(ERROR|FATAL)\b/.test(plain)) problems.push(plain);
  }
}
child.stdout.on('data', (chunk) => scan(chunk, process.stdout));
child.stderr.on('data', (chunk) => scan(chunk, process.stderr));
child.on('close', (code) => {
  scan('\n', { write() {} });
  if (problems.length) {
    process.stderr.write(`\nThe build logged ${problems.length} error(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  }
  process.exit(code || (problems.length ? 1 : 0));
});
