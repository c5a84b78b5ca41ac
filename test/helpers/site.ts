// Builds a real Hexo site, made of this project's plugins and theme plus the given
// notes, into a temporary folder, and reads the result with a real HTML parser.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import YAML from 'yaml';

const run = promisify(execFile);
export const projectRoot = path.resolve(__dirname, '..', '..');
export const sharedDir = path.resolve(projectRoot, '..', 'shared');
const hexoBin = path.join(projectRoot, 'node_modules', 'hexo-cli', 'bin', 'hexo');

export interface SiteOptions {
  /** Files below source/, e.g. `{ '_posts/a.md': '...' }`. */
  files?: Record<string, string | Buffer>;
  /** Merged (deeply) over the project's _config.yml. */
  config?: Record<string, unknown>;
  /** Use the project's own source/ folder instead of `files`. */
  projectSource?: boolean;
}

export interface Site {
  dir: string;
  publicDir: string;
  /** Exit code of the command. */
  code: number;
  output: string;
  /** Lines Hexo logged as ERROR or FATAL. */
  errors: string[];
  warnings: string[];
  exists(rel: string): boolean;
  read(rel: string): string;
  $(rel: string): cheerio.CheerioAPI;
  hexo(...args: string[]): Promise<CommandResult>;
  remove(): void;
}

export interface CommandResult {
  code: number;
  output: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isObject(prev) && isObject(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

/** Log lines of the given level from Hexo's output (colour codes removed). */
export function logLines(output: string, ...levels: string[]): string[] {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => levels.some((level) => line.startsWith(`${level} `)));
}

export async function runHexo(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [hexoBin, ...args], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

/** Lays out a site in a temporary folder without building it. */
export function makeSite(options: SiteOptions = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-site-'));
  for (const name of ['node_modules', 'themes', 'scripts', 'plugins', 'shared', 'scaffolds']) {
    fs.symlinkSync(path.join(projectRoot, name), path.join(dir, name));
  }
  fs.copyFileSync(path.join(projectRoot, 'package.json'), path.join(dir, 'package.json'));
  const base = YAML.parse(fs.readFileSync(path.join(projectRoot, '_config.yml'), 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(path.join(dir, '_config.yml'), YAML.stringify(deepMerge(base, options.config ?? {})));
  if (options.projectSource) {
    fs.cpSync(path.join(projectRoot, 'source'), path.join(dir, 'source'), { recursive: true });
  } else {
    fs.mkdirSync(path.join(dir, 'source', '_posts'), { recursive: true });
  }
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    const file = path.join(dir, 'source', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function openSite(dir: string, result: CommandResult): Site {
  const publicDir = path.join(dir, 'public');
  const read = (rel: string): string => fs.readFileSync(path.join(publicDir, rel), 'utf8');
  return {
    dir,
    publicDir,
    code: result.code,
    output: result.output,
    errors: logLines(result.output, 'ERROR', 'FATAL'),
    warnings: logLines(result.output, 'WARN'),
    exists: (rel) => fs.existsSync(path.join(publicDir, rel)),
    read,
    $: (rel) => cheerio.load(read(rel)),
    hexo: (...args) => runHexo(dir, args),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Builds a fixture site with `hexo generate`. */
export async function buildSite(options: SiteOptions = {}): Promise<Site> {
  const dir = makeSite(options);
  return openSite(dir, await runHexo(dir, ['generate']));
}

/** A note with the site's usual front matter. */
export function note(front: Record<string, unknown>, body: string): string {
  const fm = YAML.stringify({ date: '2024-01-01 10:00:00', tags: [], ...front }).trimEnd();
  return `---\n${fm}\n---\n\n${body}\n`;
}

/** The shared material, or null (with the reason printed) when this clone has none. */
export function shared(rel: string): string | null {
  const p = path.join(sharedDir, rel);
  return fs.existsSync(p) ? p : null;
}
