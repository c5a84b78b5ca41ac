import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { logLines, makeSite, projectRoot, runHexo } from '../helpers/site';

// A site with its own copy of the plugins (not the project's, linked), so that
// the bundle cache is the site's (.tmp/plugins/) and a plugin can be edited.
const dir = makeSite({ files: { '_posts/a.md': '---\ntitle: A\ndate: 2024-01-01\nid: a\n---\n正文。\n' } });
for (const name of ['plugins', 'shared']) {
  fs.rmSync(path.join(dir, name));
  fs.cpSync(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
}
fs.copyFileSync(path.join(projectRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const cacheDir = path.join(dir, '.tmp', 'plugins');
const bundles = (): string[] => fs.readdirSync(cacheDir).filter((f) => f.endsWith('.cjs')).sort();
const hexo = (env: NodeJS.ProcessEnv = {}) => runHexo(dir, ['clean'], env);
const manifestTime = (): number => fs.statSync(path.join(cacheDir, 'manifest.json')).mtimeMs;
const errors = (output: string): string[] => logLines(output, 'ERROR', 'FATAL');

test('the first command bundles the plugins, the next ones load that bundle', async () => {
  const first = await hexo();
  assert.equal(first.code, 0);
  assert.deepEqual(errors(first.output), []);
  const [file] = bundles();
  assert.ok(file, 'a bundle in .tmp/plugins');
  const inode = fs.statSync(path.join(cacheDir, file)).ino;
  const written = manifestTime();
  const second = await hexo();
  assert.deepEqual(errors(second.output), []);
  assert.deepEqual(bundles(), [file]);
  assert.equal(fs.statSync(path.join(cacheDir, file)).ino, inode, 'the bundle is not written again');
  assert.equal(manifestTime(), written);
});

test('an edited plugin is bundled again, and the old bundle removed', async () => {
  const before = bundles();
  fs.appendFileSync(path.join(dir, 'plugins', 'word-count', 'counter.ts'), "\nconsole.log('edited plugin loaded');\n");
  const edited = await hexo();
  assert.deepEqual(errors(edited.output), []);
  assert.match(edited.output, /edited plugin loaded/);
  assert.equal(bundles().length, 1);
  assert.notDeepEqual(bundles(), before);
});

test('NOTES_PLUGINS=source loads the TypeScript sources through tsx, without a bundle', async () => {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const result = await hexo({ NOTES_PLUGINS: 'source' });
  assert.deepEqual(errors(result.output), []);
  assert.match(result.output, /edited plugin loaded/);
  assert.ok(!fs.existsSync(cacheDir));
});

test('a module esbuild cannot bundle faithfully fails the load with esbuild\'s message, naming the file', async () => {
  fs.appendFileSync(path.join(dir, 'plugins', 'word-count', 'counter.ts'), "\nexport const where = require.resolve('./prose');\n");
  const result = await hexo();
  const lines = errors(result.output).join('\n');
  assert.match(lines, /Script load failed/);
  assert.match(result.output, /plugins bundle:[\s\S]*plugins\/word-count\/counter\.ts/);
});

test('hexo clean loads no syntax highlighter or its languages: feed and sitemap share hexo-util 4, which loads highlight.js only when asked', async () => {
  // hexo-util 2 (what hexo-generator-feed and -sitemap ask for) requires highlight.js and prismjs,
  // all their languages, as it loads: 0.15 s on every command. package.json `overrides` prevents it.
  const probe = path.join(dir, 'probe.js');
  fs.writeFileSync(probe, "process.on('exit', () => { const loaded = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](highlight\\.js[\\\\/]|prismjs[\\\\/](prism\\.js|components[\\\\/]prism-))/.test(k)); console.log(`highlighters loaded: ${loaded.length}`); });\n");
  fs.rmSync(path.join(dir, 'plugins', 'word-count', 'counter.ts'));
  fs.copyFileSync(path.join(projectRoot, 'plugins', 'word-count', 'counter.ts'), path.join(dir, 'plugins', 'word-count', 'counter.ts'));
  const result = await hexo({ NODE_OPTIONS: `--require ${probe}` });
  assert.deepEqual(errors(result.output), []);
  assert.match(result.output, /highlighters loaded: 0\b/);
});
