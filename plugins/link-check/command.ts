// `hexo links`: checks the external links of every note (HEAD, then GET where
// HEAD is refused), records each one's status, final URL and date in
// source/_data/link_status.yml and lists the dead ones by note. Never fatal:
// a dead link is a report, not a failure.
import fs from 'node:fs';
import path from 'node:path';
import type { FetchSettings } from '../shared/fetch-settings';
import { follow, pool, type Followed } from '../shared/http';
import { yaml } from '../shared/lazy';

export const STATUS_FILE = '_data/link_status.yml';

export interface LinksLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LinksOptions {
  /** Each note's file (as messages name it) and its external links. */
  notes: readonly { file: string; urls: readonly string[] }[];
  sourceDir: string;
  settings: FetchSettings;
  log: LinksLog;
  now: Date;
}

export interface LinkStatus {
  /** The final HTTP status, absent when no response came. */
  status?: number;
  error?: string;
  final_url?: string;
  checked: string;
}

async function request(url: string, method: 'GET' | 'HEAD', limits: FetchSettings): Promise<Followed> {
  const got = await follow(url, { method, timeout: limits.timeout, maxRedirects: limits.max_redirects, accept: '*/*' });
  // Only the status is wanted: the body is never downloaded.
  if (got.ok) await got.response.body?.cancel().catch(() => undefined);
  return got;
}

/** HEAD; when the server refuses it (an error status or a dropped connection, not a timeout), GET. */
export async function checkUrl(url: string, limits: FetchSettings, checked: string): Promise<LinkStatus> {
  let got = await request(url, 'HEAD', limits);
  const refused = got.ok ? got.response.status >= 400 : !got.reason.startsWith('timed out');
  if (refused) got = await request(url, 'GET', limits);
  if (!got.ok) return { error: got.reason, checked };
  return { status: got.response.status, final_url: got.url, checked };
}

export const isDead = (status: LinkStatus): boolean => status.status === undefined || status.status >= 400;

const describe = (status: LinkStatus): string =>
  status.error ?? `HTTP ${status.status ?? '?'}${status.final_url ? ` (${status.final_url})` : ''}`;

function writeStatus(file: string, statuses: ReadonlyMap<string, LinkStatus>): void {
  const doc = new (yaml().Document)(Object.fromEntries(statuses));
  doc.commentBefore = ' External links of the notes: HTTP status, final URL after redirects, date checked.\n Written by `npx hexo links`; `hexo generate` never fetches.';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, doc.toString({ lineWidth: 0 }));
  fs.renameSync(temp, file);
}

/** Checks every link once, in note order; returns 1 when the status file could not be written. */
export async function runLinks(opts: LinksOptions): Promise<{ code: number; statuses: Map<string, LinkStatus> }> {
  const urls = [...new Set(opts.notes.flatMap((note) => note.urls))];
  const checked = opts.now.toISOString();
  opts.log.info(`links: checking ${urls.length} external link(s)`);
  const found = new Map<string, LinkStatus>();
  let done = 0;
  await pool(urls, opts.settings.concurrency, async (url) => {
    const status = await checkUrl(url, opts.settings, checked);
    found.set(url, status);
    const line = `[${++done}/${urls.length}] ${url}: ${describe(status)}`;
    if (isDead(status)) opts.log.warn(line);
    else opts.log.info(line);
  });
  const statuses = new Map(urls.map((url) => [url, found.get(url) as LinkStatus]));
  const file = path.join(opts.sourceDir, ...STATUS_FILE.split('/'));
  let code = 0;
  try {
    writeStatus(file, statuses);
  } catch (error) {
    opts.log.error(`${path.relative(path.dirname(opts.sourceDir), file)}: could not be written: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  }
  reportDead(opts, statuses);
  return { code, statuses };
}

function reportDead(opts: LinksOptions, statuses: ReadonlyMap<string, LinkStatus>): void {
  const lines: string[] = [];
  for (const note of opts.notes) {
    const dead = [...new Set(note.urls)].filter((url) => isDead(statuses.get(url) as LinkStatus));
    if (dead.length > 0) lines.push(`${note.file}:`, ...dead.map((url) => `  ${url}: ${describe(statuses.get(url) as LinkStatus)}`));
  }
  const deadCount = [...statuses.values()].filter(isDead).length;
  opts.log.info(`links: ${statuses.size - deadCount} alive, ${deadCount} dead`);
  if (lines.length > 0) opts.log.warn(`links: dead links by note:\n${lines.join('\n')}`);
}
