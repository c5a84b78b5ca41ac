// `npm run bench`: builds our site and a plain Hexo site with the same notes,
// alternating, and reports build time, memory, page weight and search speed.
// See the README's "Benchmark" section for what each row means.
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import YAML from 'yaml';
import { chromiumPath, launchBrowser, serveStatic } from '../tools/chromium';
import { parseArgs, referenceSize, USAGE, type Options } from './args';
import { codeWeight, firstSearch, loadPage, timeSearch, totalWeight, type Transfer } from './browser';
import { coldBuild, incrementalBuild, indexBuildMs, runHexo, startServer, type RunResult } from './hexo-run';
import { pathologicalReport } from './pathological-run';
import { formatProfile, summarizeProfile, type CpuProfile } from './profile';
import { QUERIES } from './queries';
import { fmtN, growthRows, markdownReport, rowRatio, type Machine, type Results, type Row } from './report';
import { DIAGRAM_PAGE, ensurePlainInstall, IMAGE_PAGE, makeOurSite, makeSites, SEED_NOTE, SEED_PAGE, type Sites } from './sites';
import { percentile, summarize } from './stats';
import { checkTargets, failures, TARGET_SIZE } from './targets';
import { TIMING_ENV } from '../plugins/search/routes';

const projectRoot = path.resolve(__dirname, '..');
const ENGINE = path.join(projectRoot, 'themes', 'notes', 'browser', 'search', 'query.ts');
const log = (line: string) => process.stderr.write(`${line}\n`);

function machine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/**
 * Runs `measure` for both sides, `runs` times, so both see the same machine load;
 * the order flips every run (ours, plain, plain, ours…) so neither always goes first.
 */
async function alternate(runs: number, label: string, measure: (side: 'ours' | 'plain', run: number) => Promise<number[]>): Promise<{ ours: number[][]; plain: number[][] }> {
  const ours: number[][] = [];
  const plain: number[][] = [];
  for (let r = 0; r < runs; r++) {
    for (const side of r % 2 === 0 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)) {
      const values = await measure(side, r);
      (side === 'ours' ? ours : plain).push(values);
      log(`  ${label} ${side} run ${r + 1}/${runs}: ${values.map((v) => v.toFixed(1)).join(' / ')}`);
    }
  }
  return { ours, plain };
}

const column = (values: number[][], i: number) => values.map((v) => v[i] as number);

/** Files and bytes a build wrote: context for its time (e.g. bulky HTML, copied libraries). */
function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The main thread's CPU: the part of a build no second core takes (see hexo-rss.mjs). */
function mainThreadRow(n: number, cold: { ours: number[][]; plain: number[][] }): Row {
  const id = `cold.${n}.main-cpu`;
  const label = `CPU of the cold build, main thread only, N = ${fmtN(n)}`;
  const ours = column(cold.ours, 3);
  const plain = column(cold.plain, 3);
  if ([...ours, ...plain].some((v) => !Number.isFinite(v))) return { id, label, unit: 's', ours: null, plain: null, note: 'n/a (no /proc/self/task on this system)' };
  return { id, label, unit: 's', ours: summarize(ours), plain: summarize(plain) };
}

async function buildRows(sites: Sites, n: number, options: Options): Promise<Row[]> {
  log(`N = ${fmtN(n)}: cold builds (hexo clean && hexo generate)`);
  const shares: number[] = [];
  const cold = await alternate(options.runs, 'cold', async (side) => {
    const r: RunResult = await coldBuild(side === 'ours' ? sites.ours : sites.plain, side === 'ours' ? { env: { [TIMING_ENV]: '1' } } : {});
    const indexMs = side === 'ours' ? indexBuildMs(r.output) : null;
    if (indexMs !== null) shares.push((100 * indexMs) / r.cpuMs);
    return [r.wallMs / 1000, r.rssMB, r.cpuMs / 1000, r.mainCpuMs / 1000];
  });
  for (const dir of [sites.ours, sites.plain]) {
    if (!fs.existsSync(path.join(dir, 'public', 'note-0', 'index.html')) || !fs.existsSync(path.join(dir, 'public', 'ai', 'index.html'))) {
      throw new Error(`the build in ${dir} did not write the corpus notes (public/note-0/, public/ai/)`);
    }
  }
  const output = { ours: treeSize(path.join(sites.ours, 'public')), plain: treeSize(path.join(sites.plain, 'public')) };
  for (const side of ['ours', 'plain'] as const) log(`  public/ of ${side}: ${output[side].files} files, ${(output[side].bytes / 1e6).toFixed(1)} MB`);
  return [
    { id: `cold.${n}.time`, label: `Cold build (clean + generate), N = ${fmtN(n)}`, unit: 's', ours: summarize(column(cold.ours, 0)), plain: summarize(column(cold.plain, 0)), extra: { output } },
    { id: `cold.${n}.rss`, label: `Peak RSS of the cold build, N = ${fmtN(n)}`, unit: 'MB', ours: summarize(column(cold.ours, 1)), plain: summarize(column(cold.plain, 1)) },
    { id: `cold.${n}.cpu`, label: `CPU of the cold build, every thread (user + system), N = ${fmtN(n)}`, unit: 's', ours: summarize(column(cold.ours, 2)), plain: summarize(column(cold.plain, 2)) },
    mainThreadRow(n, cold),
    shares.length > 0
      ? { id: `search.${n}.build-share`, label: `Search index: share of the cold build (CPU building the index routes ÷ CPU of clean + generate), N = ${fmtN(n)}`, unit: '%', ours: summarize(shares), plain: null, extra: { coldCpuSeconds: column(cold.ours, 2) } }
      : { id: `search.${n}.build-share`, label: `Search index: share of the cold build, N = ${fmtN(n)}`, unit: '%', ours: null, plain: null, note: 'n/a (the build logged no index time)' },
  ];
}

async function editRows(sites: Sites, n: number, options: Options): Promise<Row[]> {
  log(`N = ${fmtN(n)}: incremental builds after editing ${SEED_NOTE}`);
  const inc = await alternate(options.runs, 'incremental', async (side, r) => {
    const res = await incrementalBuild(side === 'ours' ? sites.ours : sites.plain, SEED_NOTE, SEED_PAGE, `inc${r}`);
    return [res.wallMs / 1000];
  });
  log(`N = ${fmtN(n)}: hexo server, from saving ${SEED_NOTE} to ${SEED_PAGE} serving the change`);
  const ours = await startServer(sites.ours, SEED_NOTE, SEED_PAGE);
  let live: { ours: number[][]; plain: number[][] };
  try {
    const plain = await startServer(sites.plain, SEED_NOTE, SEED_PAGE);
    try {
      const servers = { ours, plain };
      live = await alternate(options.runs, 'server', async (side, r) => [await servers[side].saveAndWait(`srv${r}`)]);
    } finally {
      await plain.stop();
    }
  } finally {
    await ours.stop();
  }
  return [
    { id: `incremental.${n}.time`, label: `Incremental generate after editing one note, N = ${fmtN(n)}`, unit: 's', ours: summarize(column(inc.ours, 0)), plain: summarize(column(inc.plain, 0)) },
    { id: `server.${n}.reload`, label: `hexo server: note saved → updated page served, N = ${fmtN(n)}`, unit: 'ms', ours: summarize(column(live.ours, 0)), plain: summarize(column(live.plain, 0)) },
  ];
}

const kB = (bytes: number) => bytes / 1000;
const listing = (transfers: readonly Transfer[]) =>
  transfers.map((t) => ({ url: new URL(t.url).pathname, type: t.type, bytes: t.bytes, gzipBytes: t.gzipBytes, library: t.library }));

function searchIndexPath(): string | null {
  const config = YAML.parse(fs.readFileSync(path.join(projectRoot, '_config.yml'), 'utf8')) as { search?: { path?: unknown } } | null;
  const p = config?.search?.path;
  return typeof p === 'string' && p ? p : null;
}

/** HTML + images (gzip) of one load of the image-heavy page. */
const htmlAndImages = (transfers: readonly Transfer[]): number => transfers.filter((t) => t.type === 'document' || t.type === 'image').reduce((sum, t) => sum + t.gzipBytes, 0);

/** The image-heavy page on our site and on plain Hexo's (which loads every image at once). */
async function imagePageWeight(browser: Browser, oursUrl: string, plainDir: string): Promise<Pick<Row, 'unit' | 'ours' | 'plain' | 'extra'>> {
  const ours = await loadPage(browser, `${oursUrl}${IMAGE_PAGE}`);
  const plainServer = await serveStatic(path.join(plainDir, 'public'));
  try {
    const plain = await loadPage(browser, `${plainServer.url}${IMAGE_PAGE}`);
    return { unit: 'kB', ours: summarize([kB(htmlAndImages(ours.transfers))]), plain: summarize([kB(htmlAndImages(plain.transfers))]), extra: { foreign: ours.foreign, requests: listing(ours.transfers) } };
  } finally {
    await plainServer.close();
  }
}

/** Files and bytes the sharded index adds (the entry and its folder). */
function indexFilesRow(publicDir: string, n: number): Row {
  const entryPath = searchIndexPath();
  const entryFile = entryPath ? path.join(publicDir, entryPath) : '';
  const row = { id: `search.${n}.files`, label: `Search index on disk: raw size (files, gzip in the JSON), N = ${fmtN(n)}`, unit: 'kB' as const, plain: null };
  if (!entryFile || !fs.existsSync(entryFile)) return { ...row, ours: null, note: 'n/a (no search index)' };
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { dir?: string; n?: number };
  const dir = path.join(path.dirname(entryFile), entry.dir ?? '');
  const files = [entryFile, ...(fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [])];
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const data = fs.readFileSync(file);
    bytes += data.length;
    gzip += zlib.gzipSync(data, { level: 9 }).length;
  }
  return { ...row, ours: summarize([bytes / 1000]), note: `${files.length} files`, extra: { files: files.length, bytes, gzipBytes: gzip, notes: entry.n ?? n } };
}

function searchIds(n: number, runs: number) {
  const at = `N = ${fmtN(n)}`;
  return {
    first: { id: `search.${n}.first`, label: `First search: what focusing the box and typing downloads, gzip, median (min–max) of ${QUERIES.length} queries, each in a fresh page, ${at}` },
    p50: { id: `search.${n}.p50`, label: `Search query time p50, 4× CPU throttling (${QUERIES.length} queries × ${runs}), ${at}` },
    p95: { id: `search.${n}.p95`, label: `Search query time p95, 4× CPU throttling (${QUERIES.length} queries × ${runs}), ${at}` },
  };
}

/** First search over the 50 queries, the index on disk, and query times: measured in Chromium on our built site. */
async function searchRows(browser: Browser, serverUrl: string, publicDir: string, n: number, runs: number): Promise<Row[]> {
  const ids = searchIds(n, runs);
  const none = (key: keyof typeof ids, unit: Row['unit'], note: string): Row => ({ ...ids[key], unit, ours: null, plain: null, note });
  const rows: Row[] = [];
  log(`N = ${fmtN(n)}: first search, ${QUERIES.length} queries`);
  const firsts: (Awaited<ReturnType<typeof firstSearch>>)[] = [];
  for (const query of QUERIES) firsts.push(await firstSearch(browser, `${serverUrl}${SEED_PAGE}`, query));
  const measured = firsts.filter((f) => f !== null);
  rows.push(
    measured.length > 0
      ? {
          ...ids.first, unit: 'kB', ours: summarize(measured.map((f) => kB(totalWeight(f.transfers)))), plain: null,
          extra: {
            htmlMarkup: measured.some((f) => f.htmlResponses.length > 0),
            htmlResponses: measured.flatMap((f) => f.htmlResponses),
            perQuery: QUERIES.map((q, i) => { const f = firsts[i]; return { query: q, gzipBytes: f ? totalWeight(f.transfers) : null, requests: f?.transfers.length ?? null }; }),
            requests: listing(measured[0]?.transfers ?? []),
          },
        }
      : none('first', 'kB', `n/a (no input[data-search-input] on ${SEED_PAGE})`),
  );
  rows.push(indexFilesRow(publicDir, n));

  const indexPath = searchIndexPath();
  const missing = !fs.existsSync(ENGINE) ? 'n/a (search engine not found)'
    : !indexPath ? 'n/a (search.path not set in _config.yml)'
      : !fs.existsSync(path.join(publicDir, indexPath)) ? `n/a (no search index at ${indexPath})` : null;
  if (missing || !indexPath) {
    const note = missing ?? 'n/a';
    return [...rows, none('p50', 'ms', note), none('p95', 'ms', note)];
  }
  log(`N = ${fmtN(n)}: ${QUERIES.length} search queries × ${runs} in Chromium`);
  const timing = await timeSearch(browser, serverUrl, publicDir, ENGINE, indexPath, QUERIES, runs);
  const extra = { createMs: timing.createMs, indexBytes: timing.indexBytes, emptyQueries: timing.empty };
  const p50 = percentile(timing.times, 50);
  const p95 = percentile(timing.times, 95);
  rows.push({ ...ids.p50, unit: 'ms', ours: { median: p50, min: Math.min(...timing.times), max: Math.max(...timing.times), n: timing.times.length }, plain: null, extra });
  rows.push({ ...ids.p95, unit: 'ms', ours: { median: p95, min: p95, max: p95, n: 1 }, plain: null, extra });
  if (timing.empty.length) log(`  queries that found nothing: ${timing.empty.join(', ')}`);
  return rows;
}

/** Page weight and search rows, measured in Chromium on our built site. */
async function browserRows(sites: Sites, n: number, options: Options): Promise<Row[]> {
  const at = `N = ${fmtN(n)}`;
  const rows: Row[] = [];
  const ids = {
    seed: { id: `weight.${n}.seed`, label: `Seed page ${SEED_PAGE}: HTML + JS + CSS, gzip (mermaid, KaTeX excluded), ${at}` },
    diagramsWith: { id: `weight.${n}.diagrams-all`, label: `Mermaid + math page: everything it downloads incl. libraries, gzip, ${at}` },
    diagramsWithout: { id: `weight.${n}.diagrams`, label: `Mermaid + math page: HTML + JS + CSS without mermaid/KaTeX, gzip, ${at}` },
    images: { id: `weight.${n}.images`, label: `Image-heavy page (12 screenshots): HTML + the images loaded with the page (1280×800), ${at}` },
    ...searchIds(n, options.runs),
  };
  const none = (key: keyof typeof ids, unit: Row['unit'], note: string): Row => ({ ...ids[key], unit, ours: null, plain: null, note });
  if (!chromiumPath) {
    const note = 'n/a (Chromium not found: apt-get install -y chromium)';
    return [none('seed', 'kB', note), none('diagramsWith', 'kB', note), none('diagramsWithout', 'kB', note), none('images', 'kB', note), none('first', 'kB', note), none('p50', 'ms', note), none('p95', 'ms', note)];
  }
  const publicDir = path.join(sites.ours, 'public');
  const server = await serveStatic(publicDir);
  const browser = await launchBrowser();
  try {
    log(`N = ${fmtN(n)}: page weight in Chromium`);
    const seed = await loadPage(browser, `${server.url}${SEED_PAGE}`);
    rows.push({ ...ids.seed, unit: 'kB', ours: summarize([kB(codeWeight(seed.transfers, false))]), plain: null, extra: { allRequestsGzipBytes: totalWeight(seed.transfers), foreign: seed.foreign, requests: listing(seed.transfers) } });
    const diagrams = await loadPage(browser, `${server.url}${DIAGRAM_PAGE}`);
    rows.push({ ...ids.diagramsWith, unit: 'kB', ours: summarize([kB(totalWeight(diagrams.transfers))]), plain: null, extra: { foreign: diagrams.foreign, requests: listing(diagrams.transfers) } });
    rows.push({ ...ids.diagramsWithout, unit: 'kB', ours: summarize([kB(codeWeight(diagrams.transfers, false))]), plain: null });
    rows.push({ ...ids.images, ...(await imagePageWeight(browser, server.url, sites.plain)) });
    rows.push(...(await searchRows(browser, server.url, publicDir, n, options.runs)));
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/**
 * `--search-scale N`: one site of N notes (ours only), built once, for the
 * search rows: its index's share of that build, first search, files and query time.
 */
async function searchScaleRows(root: string, n: number, options: Options): Promise<Row[]> {
  const started = performance.now();
  const dir = makeOurSite(projectRoot, root, n, options.fallbackCorpus);
  log(`N = ${fmtN(n)} (search rows only): one hexo generate`);
  const built = await runHexo(dir, ['generate'], { env: { [TIMING_ENV]: '1' } });
  const indexMs = indexBuildMs(built.output);
  log(`  built in ${(built.wallMs / 1000).toFixed(1)} s (${(built.cpuMs / 1000).toFixed(1)} s of CPU), the index ${indexMs ?? '?'} ms of CPU`);
  const share: Row = {
    id: `search.${n}.build-share`, label: `Search index: share of one cold generate (CPU), N = ${fmtN(n)}`, unit: '%', plain: null,
    ours: indexMs === null ? null : summarize([(100 * indexMs) / built.cpuMs]), note: indexMs === null ? 'n/a (the build logged no index time)' : undefined,
    extra: { generateSeconds: built.wallMs / 1000, generateCpuSeconds: built.cpuMs / 1000, indexCpuMs: indexMs },
  };
  if (!chromiumPath) return [share, { ...searchIds(n, options.runs).first, unit: 'kB', ours: null, plain: null, note: 'n/a (Chromium not found)' }];
  const publicDir = path.join(dir, 'public');
  const server = await serveStatic(publicDir);
  const browser = await launchBrowser();
  try {
    const rows = [share, ...(await searchRows(browser, server.url, publicDir, n, options.runs))];
    log(`N = ${fmtN(n)} (search rows): done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
    return rows;
  } finally {
    await browser.close();
    await server.close();
    if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function profileBuilds(sites: Sites, root: string): Promise<string> {
  const parts: string[] = [];
  for (const side of ['ours', 'plain'] as const) {
    const dir = path.join(root, `cpu-${side}`);
    fs.mkdirSync(dir, { recursive: true });
    log(`profiling a cold build of ${side}`);
    await runHexo(sites[side], ['clean']);
    // Our plugins from their sources (scripts/load-plugins.js): in the bundle, time would not show per plugin folder.
    await runHexo(sites[side], ['generate'], { cpuProfDir: dir, env: { NOTES_PLUGINS: 'source' } });
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile written in ${dir}`);
    const summary = summarizeProfile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
    parts.push(formatProfile(`${side === 'ours' ? 'Our site' : 'Plain Hexo'} (hexo generate, profile ${path.join(dir, file)})`, summary));
  }
  return parts.join('\n\n');
}

/** --pathological: that section only, printed and written to <out>/pathological.md. */
async function pathological(root: string, plainInstall: string, options: Options): Promise<number> {
  let markdown: string;
  try {
    markdown = await pathologicalReport(projectRoot, plainInstall, root, options.runs, log);
  } finally {
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
  const outDir = path.resolve(projectRoot, options.out);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'pathological.md'), markdown);
  process.stdout.write(`${markdown}\nWritten to ${path.relative(projectRoot, outDir) || '.'}/pathological.md\n`);
  return 0;
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    log(USAGE);
    return 0;
  }
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    log((error as Error).message);
    return 2;
  }
  const ref = referenceSize(options.sizes, TARGET_SIZE);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-bench-'));
  log(`Scratch sites in ${root}`);
  // Ctrl+C also reaches the Hexo children (same process group); leave no scratch copy behind.
  process.once('SIGINT', () => {
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
    process.exit(130);
  });
  if (!fs.existsSync(ENGINE)) log(`Search engine ${path.relative(projectRoot, ENGINE)} not found: the search rows will say n/a.`);
  const plainInstall = ensurePlainInstall(log);
  if (options.pathological) return pathological(root, plainInstall, options);
  const rows: Row[] = [];
  let corpus = '';
  let profile = '';
  try {
    for (const n of options.sizes) {
      const sites = makeSites(projectRoot, plainInstall, root, n, options.fallbackCorpus);
      if (!corpus) {
        corpus = sites.corpus.kind;
        if (!corpus.startsWith('shared')) log(`Notes from the ${corpus}`);
      }
      rows.push(...(await buildRows(sites, n, options)));
      if (n === ref) {
        if (options.profile) profile = await profileBuilds(sites, root);
        rows.push(...(await editRows(sites, n, options)));
        rows.push(...(await browserRows(sites, n, options)));
      }
      if (!options.keep) fs.rmSync(path.join(root, `ours-${n}`), { recursive: true, force: true });
      if (!options.keep) fs.rmSync(path.join(root, `plain-${n}`), { recursive: true, force: true });
    }
    if (options.searchScale) rows.push(...(await searchScaleRows(root, options.searchScale, options)));
  } finally {
    if (!options.keep && !options.profile) fs.rmSync(root, { recursive: true, force: true });
  }
  rows.push(...growthRows(rows, options.sizes));

  const results: Results = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { sizes: options.sizes, runs: options.runs, quick: options.quick, corpus },
    rows: rows.map((row) => ({ ...row, ratio: rowRatio(row) })),
    targets: checkTargets(rows),
  };
  const markdown = markdownReport(results) + (profile ? `\nCPU profiles at N = ${fmtN(ref)}:\n\n${profile}\n` : '');
  const outDir = path.resolve(projectRoot, options.out);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'latest.md'), markdown);
  process.stdout.write(`${markdown}\nWritten to ${path.relative(projectRoot, outDir) || '.'}/latest.json and latest.md\n`);
  if (options.keep || options.profile) log(`Scratch folder kept: ${root}`);
  if (options.check) {
    const missed = failures(results.targets);
    if (missed.length) {
      log(`\n--check: ${missed.length} target(s) not met:\n${missed.map((m) => `  ${m}`).join('\n')}`);
      return 1;
    }
    log('\n--check: every target met');
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
