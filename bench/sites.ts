// The two scratch sites the benchmark builds: a copy of this site (its plugins,
// theme, config and node_modules linked) and a plain Hexo 8 site with the
// landscape theme, installed once with npm into a cached folder outside the repo.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { writeCorpus, type CorpusSource } from './corpus';

/**
 * The plain site's packages, pinned. Where our site uses the same package, the
 * same version (see package.json), so that only our additions differ.
 * hexo-theme-landscape's layouts are EJS and its CSS is Stylus: it needs both renderers.
 */
const PLAIN_PACKAGES: Readonly<Record<string, string>> = {
  hexo: '8.1.2',
  'hexo-cli': '4.3.2',
  'hexo-renderer-marked': '7.0.1',
  'hexo-renderer-ejs': '2.0.0',
  'hexo-renderer-stylus': '3.0.1',
  'hexo-theme-landscape': '1.1.0',
  'hexo-generator-search': '2.4.3',
  'hexo-generator-index': '4.0.0',
  'hexo-generator-archive': '2.0.0',
  'hexo-generator-tag': '2.0.0',
  'hexo-server': '3.0.0',
};

/** A plain Hexo configuration as `hexo init` would give, with the same URLs as ours. */
function plainConfig(): Record<string, unknown> {
  return {
    title: 'Plain Hexo',
    language: 'zh-CN',
    timezone: 'Asia/Shanghai',
    url: 'http://localhost:4000',
    // The same URLs as our site, so both serve the seed note at /ai/.
    permalink: ':id/',
    source_dir: 'source',
    public_dir: 'public',
    tag_dir: 'tags',
    archive_dir: 'archives',
    new_post_name: ':title.md',
    default_layout: 'post',
    index_generator: { path: '', per_page: 10, order_by: '-date' },
    per_page: 10,
    pagination_dir: 'page',
    theme: 'landscape',
    // The corpus's math has `{{`, which Nunjucks would read as a tag and die on.
    marked: { disableNunjucks: true },
    search: { path: 'search.xml', field: 'post' },
  };
}

export interface Sites {
  root: string;
  ours: string;
  plain: string;
  corpus: CorpusSource;
}

/** Top-level entries of the project that the scratch copy does not link. */
const NOT_LINKED = new Set(['source', 'public', 'db.json', 'package.json', '_config.yml', '.git', '.deploy_git', 'bench-results', '.tmp', '.cache']);

export const SEED_NOTE = path.join('source', '_posts', 'ai.md');
export const SEED_PAGE = '/ai/';
export const DIAGRAM_PAGE = '/bench-diagrams/';
export const IMAGE_PAGE = '/bench-images/';

function plainCacheDir(): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(PLAIN_PACKAGES)).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `notes-bench-plain-hexo-${hash}`);
}

/** Installs the plain site's packages once; later runs reuse the folder. */
export function ensurePlainInstall(log: (line: string) => void): string {
  const dir = plainCacheDir();
  const stamp = path.join(dir, 'installed.json');
  if (fs.existsSync(stamp)) return dir;
  log(`Installing plain Hexo (${Object.entries(PLAIN_PACKAGES).map(([n, v]) => `${n}@${v}`).join(', ')}) into ${dir}`);
  // Install beside the final folder and rename, so an interrupted install is never reused.
  const tmp = `${dir}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  // hexo-cli treats a folder as a Hexo site only when package.json has a `hexo` key.
  const pkg = { name: 'plain-hexo-bench', private: true, hexo: { version: PLAIN_PACKAGES.hexo }, dependencies: PLAIN_PACKAGES };
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify(pkg, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tmp, stdio: ['ignore', 'inherit', 'inherit'] });
  fs.writeFileSync(path.join(tmp, 'installed.json'), JSON.stringify(PLAIN_PACKAGES));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  return dir;
}

/** The hexo-cli entry point each site runs. */
export function hexoBin(siteDir: string): string {
  return path.join(siteDir, 'node_modules', 'hexo-cli', 'bin', 'hexo');
}

function addNotes(projectRoot: string, siteDir: string, n: number, fallback: boolean): CorpusSource {
  fs.cpSync(path.join(projectRoot, 'source'), path.join(siteDir, 'source'), { recursive: true });
  const corpus = writeCorpus(projectRoot, path.join(siteDir, 'source', '_posts', 'bench'), n, fallback);
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'diagrams.md'), path.join(siteDir, 'source', '_posts', 'bench-diagrams.md'));
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'images.md'), path.join(siteDir, 'source', '_posts', 'bench-images.md'));
  execFileSync(process.execPath, [path.join(__dirname, 'fixtures', 'make-images.mjs'), path.join(siteDir, 'source', 'images', 'bench')], { stdio: 'inherit' });
  return corpus;
}

/** Our site's layout in `dir`: everything the build may read linked, the config copied. */
function layOutOurs(projectRoot: string, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  // Everything the build may read is linked (plugins, theme, scripts, node_modules and
  // whatever a feature adds at the top level); the notes and the config are copied,
  // and what a build writes stays in the scratch folder.
  for (const name of fs.readdirSync(projectRoot)) {
    if (NOT_LINKED.has(name)) continue;
    fs.symlinkSync(path.join(projectRoot, name), path.join(dir, name));
  }
  for (const name of ['package.json', '_config.yml']) fs.copyFileSync(path.join(projectRoot, name), path.join(dir, name));
}

function layOutPlain(plainInstall: string, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.join(plainInstall, 'node_modules'), path.join(dir, 'node_modules'));
  fs.copyFileSync(path.join(plainInstall, 'package.json'), path.join(dir, 'package.json'));
  fs.writeFileSync(path.join(dir, '_config.yml'), YAML.stringify(plainConfig()));
}

/** Lays out both sites with the same N notes (plus the seed note, the diagram and the image fixtures). */
export function makeSites(projectRoot: string, plainInstall: string, root: string, n: number, fallbackCorpus = false): Sites {
  const ours = path.join(root, `ours-${n}`);
  const plain = path.join(root, `plain-${n}`);
  layOutOurs(projectRoot, ours);
  const corpus = addNotes(projectRoot, ours, n, fallbackCorpus);
  layOutPlain(plainInstall, plain);
  addNotes(projectRoot, plain, n, fallbackCorpus);
  return { root, ours, plain, corpus };
}

/** Both sites with the project's own notes (the seed note) and one more note, `name`.md. */
export function makeSeedSites(projectRoot: string, plainInstall: string, root: string, name: string, note: string): Pick<Sites, 'ours' | 'plain'> {
  const ours = path.join(root, `ours-${name}`);
  const plain = path.join(root, `plain-${name}`);
  layOutOurs(projectRoot, ours);
  layOutPlain(plainInstall, plain);
  for (const dir of [ours, plain]) {
    fs.cpSync(path.join(projectRoot, 'source'), path.join(dir, 'source'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'source', '_posts', `${name}.md`), note);
  }
  return { ours, plain };
}
