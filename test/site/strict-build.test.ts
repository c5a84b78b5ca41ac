// `npm run build` fails when Hexo logs an ERROR, which `hexo generate` alone does not.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { makeSite, note, projectRoot, runHexo } from '../helpers/site';

const run = promisify(execFile);

async function npmBuild(dir: string): Promise<{ code: number; output: string }> {
  try {
    const r = await run(process.execPath, [path.join(projectRoot, 'tools/build.mjs')], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

test('a script that fails to load: hexo exits 0, the build exits non-zero and names it', async () => {
  const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'text') } });
  // scripts/ is shared with the project through a link; give this site its own.
  fs.rmSync(path.join(dir, 'scripts'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(projectRoot, 'scripts/load-plugins.js'), path.join(dir, 'scripts/load-plugins.js'));
  fs.writeFileSync(path.join(dir, 'scripts/broken.ts'), 'const x: number = 1;\n');
  // The loader resolves ../plugins from its own folder.
  const plain = await runHexo(dir, ['generate']);
  assert.equal(plain.code, 0);
  assert.match(plain.output, /ERROR.*Script load failed/);
  const strict = await npmBuild(dir);
  assert.notEqual(strict.code, 0);
  assert.match(strict.output, /The build logged 1 error\(s\):\n {2}ERROR.*broken\.ts/);
  assert.ok(fs.existsSync(path.join(dir, 'public/a/index.html')), 'the rest of the site is still written');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a clean site builds with exit code 0', async () => {
  const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'text') } });
  const result = await npmBuild(dir);
  assert.equal(result.code, 0, result.output);
  fs.rmSync(dir, { recursive: true, force: true });
});
