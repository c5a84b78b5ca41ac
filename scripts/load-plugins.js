// Hexo runs every file in scripts/ as plain CommonJS; the plugins are TypeScript.
// They load as one CommonJS file that esbuild bundles and that is kept in
// .tmp/plugins/ under a hash of its sources: one file instead of some 200
// modules compiled by tsx saves about 0.2 s on every command, `hexo clean`
// included. After an edit to a plugin the next command bundles again (~0.2 s).
// NOTES_PLUGINS=source loads the sources through tsx instead (the benchmark's
// profiles do, so that time shows per plugin folder). Stack traces point into
// the bundle; NODE_OPTIONS=--enable-source-maps maps them back to the sources.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const pluginsDir = path.join(__dirname, '..', 'plugins');

function fromSource() {
  const Module = require('module');
  // tsx hooks .js as well as .ts; the packages the plugins load on first use
  // (KaTeX, yaml, cheerio, highlight.js) are CommonJS and load noticeably faster
  // through Node's own loader, so tsx keeps only the TypeScript extensions.
  const nodeJs = Module._extensions['.js'];
  require('tsx/cjs/api').register();
  Module._extensions['.js'] = nodeJs;
  return require(path.join(pluginsDir, 'index.ts'));
}

// Packages stay `require`s, resolved from the project's node_modules as before.
const OPTIONS = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', sourcemap: 'linked' };

/** The key of a bundle: esbuild's version, the options and every input's path and bytes. */
function hashOf(root, inputs) {
  const esbuildVersion = require(require.resolve('esbuild/package.json', { paths: [root] })).version;
  const hash = crypto.createHash('sha256').update(`${esbuildVersion}\0${JSON.stringify(OPTIONS)}\0`);
  for (const input of inputs) hash.update(`${input}\0`).update(fs.readFileSync(path.join(root, input))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bundle the manifest names, if its inputs are unchanged. */
function cachedBundle(root, cacheDir) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, 'manifest.json'), 'utf8'));
    const file = path.join(cacheDir, `plugins-${manifest.hash}.cjs`);
    return hashOf(root, manifest.inputs) === manifest.hash && fs.existsSync(file) ? file : null;
  } catch {
    return null; // no manifest yet, or an input is gone: bundle again
  }
}

/** Written beside the final name, then renamed: commands started together never read half a file. */
function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function bundle(root, cacheDir) {
  const esbuild = require(require.resolve('esbuild', { paths: [root] }));
  const outfile = path.join(cacheDir, 'plugins.cjs');
  const result = esbuild.buildSync({ ...OPTIONS, entryPoints: [path.join(root, 'plugins', 'index.ts')], absWorkingDir: root, outfile, write: false, metafile: true, logLevel: 'silent' });
  // A warning is a module that would break in the bundle (e.g. `require.resolve('./x')`).
  if (result.warnings.length > 0) throw new Error(`plugins bundle:\n${esbuild.formatMessagesSync(result.warnings, { kind: 'warning' }).join('\n')}`);
  // esbuild also reads tsconfig.json (its compiler options change the output).
  const tsconfig = fs.existsSync(path.join(root, 'tsconfig.json')) ? ['tsconfig.json'] : [];
  const inputs = [...Object.keys(result.metafile.inputs), ...tsconfig].sort();
  const hash = hashOf(root, inputs);
  const file = path.join(cacheDir, `plugins-${hash}.cjs`);
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const out of result.outputFiles) {
    if (out.path.endsWith('.map')) writeAtomic(`${file}.map`, out.contents);
    else writeAtomic(file, out.text.replace('sourceMappingURL=plugins.cjs.map', `sourceMappingURL=plugins-${hash}.cjs.map`));
  }
  writeAtomic(path.join(cacheDir, 'manifest.json'), JSON.stringify({ hash, inputs }));
  for (const old of fs.readdirSync(cacheDir)) {
    if (/^plugins-[0-9a-f]+\.cjs(\.map)?$/.test(old) && !old.startsWith(`plugins-${hash}.`)) fs.rmSync(path.join(cacheDir, old), { force: true });
  }
  return file;
}

function fromBundle() {
  // The project's root: a test site links plugins/ from it, and the bundle's packages resolve from there.
  const root = path.dirname(fs.realpathSync(pluginsDir));
  const cacheDir = path.join(root, '.tmp', 'plugins');
  const cached = cachedBundle(root, cacheDir);
  if (cached) return require(cached);
  const started = Date.now();
  let file;
  try {
    file = bundle(root, cacheDir);
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(error.code)) throw error;
    hexo.log.warn(`plugins: cannot write ${path.relative(root, cacheDir)} (${error.code}), so the plugins load through tsx, more slowly`);
    return fromSource();
  }
  hexo.log.debug(`plugins: bundled into ${path.relative(root, file)} in ${Date.now() - started} ms`);
  return require(file);
}

(process.env.NOTES_PLUGINS === 'source' ? fromSource() : fromBundle()).default(hexo);
