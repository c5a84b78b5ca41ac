// Runs Hexo commands on a scratch site and measures them: wall time from spawn
// to exit, peak RSS through hexo-rss.mjs, and the time `hexo server` takes to
// serve a saved note.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hexoBin } from './sites';

const WRAPPER = path.join(__dirname, 'hexo-rss.mjs');

export interface RunResult {
  wallMs: number;
  /** Peak resident set size of the Hexo process, MB. */
  rssMB: number;
  /** CPU time of the Hexo process (user + system), ms. */
  cpuMs: number;
  /** The main thread's part of cpuMs (NaN where the system does not say). */
  mainCpuMs: number;
  output: string;
}

export interface RunOptions {
  /** Write a V8 CPU profile of the process into this folder. */
  cpuProfDir?: string;
  /** More environment variables for the Hexo process. */
  env?: Record<string, string>;
}

/** Lines Hexo logged as ERROR or FATAL, colour codes removed. */
export function errorLines(output: string): string[] {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => /^(ERROR|FATAL)\b/.test(line));
}

/** One Hexo command as it ended: exit code, output, wall time, peak RSS (NaN when unknown). */
export interface Outcome {
  code: number | null;
  wallMs: number;
  rssKB: number;
  /** CPU time of the Hexo process (user + system), ms. */
  cpuMs: number;
  /** The main thread's part of cpuMs (NaN where the system does not say). */
  mainCpuMs: number;
  output: string;
}

/** Runs one Hexo command and reports how it ended, whatever that was. */
export async function execHexo(siteDir: string, args: string[], options: RunOptions = {}): Promise<Outcome> {
  const rssFile = path.join(os.tmpdir(), `notes-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const nodeArgs = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const start = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, WRAPPER, hexoBin(siteDir), ...args], {
    cwd: siteDir,
    env: { ...process.env, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1', BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - start;
  const [rssKB = NaN, cpuMs = NaN, mainCpuMs = NaN] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').split(' ').map(Number) : [];
  fs.rmSync(rssFile, { force: true });
  return { code, wallMs, rssKB, cpuMs, mainCpuMs, output };
}

/** Runs one Hexo command; throws with Hexo's own words when it fails or logs an error. */
export async function runHexo(siteDir: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { code, wallMs, rssKB, cpuMs, mainCpuMs, output } = await execHexo(siteDir, args, options);
  const errors = errorLines(output);
  if (/^Usage: hexo <command>/m.test(output)) throw new Error(`${siteDir} is not a Hexo site for hexo-cli (package.json needs a "hexo" key)`);
  if (code !== 0 || errors.length > 0 || !Number.isFinite(rssKB)) {
    const tail = output.split('\n').slice(-30).join('\n');
    throw new Error(`\`hexo ${args.join(' ')}\` in ${siteDir} failed (exit ${code}, ${errors.length} error line(s)):\n${tail}`);
  }
  return { wallMs, rssMB: rssKB / 1024, cpuMs, mainCpuMs, output };
}

/** CPU ms our search plugin logged for building the index (NOTES_SEARCH_TIMING), summed over the builds of a run. */
export function indexBuildMs(output: string): number | null {
  const times = [...output.matchAll(/search: index built in [\d.]+ ms, ([\d.]+) ms of CPU/g)].map((m) => Number(m[1]));
  return times.length > 0 ? times.reduce((a, b) => a + b, 0) : null;
}

/** `hexo clean && hexo generate`: the summed wall time, and the larger peak RSS of the two. */
export async function coldBuild(siteDir: string, options: RunOptions = {}): Promise<RunResult> {
  const clean = await runHexo(siteDir, ['clean']);
  const generate = await runHexo(siteDir, ['generate'], options);
  return {
    wallMs: clean.wallMs + generate.wallMs,
    rssMB: Math.max(clean.rssMB, generate.rssMB),
    cpuMs: clean.cpuMs + generate.cpuMs,
    mainCpuMs: clean.mainCpuMs + generate.mainCpuMs,
    output: generate.output,
  };
}

/** Appends a unique paragraph to a note and returns the marker to look for. */
export function editNote(file: string, original: string, tag: string): string {
  const marker = `benchedit${tag}${Math.random().toString(36).slice(2, 10)}`;
  fs.writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
  return marker;
}

/** `hexo generate` after one note changed; checks the page really carries the change. */
export async function incrementalBuild(siteDir: string, note: string, page: string, tag: string): Promise<RunResult> {
  const file = path.join(siteDir, note);
  const original = fs.readFileSync(file, 'utf8');
  const marker = editNote(file, original, tag);
  try {
    const result = await runHexo(siteDir, ['generate']);
    const html = fs.readFileSync(path.join(siteDir, 'public', page, 'index.html'), 'utf8');
    if (!html.includes(marker)) throw new Error(`incremental build in ${siteDir}: ${page} does not show the edit`);
    return result;
  } finally {
    fs.writeFileSync(file, original);
  }
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url}`)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `ok` holds for the page's answer; false after the deadline.
 * hexo server renders a page on each request, so the pause after a request is
 * at least as long as the request took: polling never keeps the server more
 * than half busy and so never delays the reload it is timing.
 */
async function pollUntil(url: string, ok: (r: { status: number; body: string }) => boolean, timeoutMs: number, everyMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const asked = performance.now();
    try {
      if (ok(await get(url))) return true;
    } catch {
      // Not listening yet, or busy reloading: ask again.
    }
    await sleep(Math.max(everyMs, performance.now() - asked));
  }
  return false;
}

export interface LiveServer {
  /** Saves an edit of the note and returns the ms until the page serves it. */
  saveAndWait(tag: string): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `hexo server` on 127.0.0.1 and waits until it serves `page`. */
export async function startServer(siteDir: string, note: string, page: string): Promise<LiveServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [WRAPPER, hexoBin(siteDir), 'server', '-i', '127.0.0.1', '-p', String(port)], {
    cwd: siteDir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}${page}`;
  const file = path.join(siteDir, note);
  const original = fs.readFileSync(file, 'utf8');
  if (!(await pollUntil(url, (r) => r.status === 200, 10 * 60_000, 200))) {
    await stop();
    throw new Error(`hexo server in ${siteDir} did not serve ${page}:\n${output.split('\n').slice(-30).join('\n')}`);
  }
  return {
    async saveAndWait(tag) {
      const marker = editNote(file, original, tag);
      const start = performance.now();
      const served = await pollUntil(url, (r) => r.status === 200 && r.body.includes(marker), 60_000, 10);
      const ms = performance.now() - start;
      fs.writeFileSync(file, original);
      if (!served) throw new Error(`hexo server in ${siteDir} did not serve the saved edit of ${note} within 60 s`);
      // Let the watcher settle on the restored file before the next save.
      await pollUntil(url, (r) => r.status === 200 && !r.body.includes(marker), 60_000, 20);
      return ms;
    },
    async stop() {
      fs.writeFileSync(file, original);
      await stop();
    },
  };
}
