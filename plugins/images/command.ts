// `hexo images [--refresh]`: downloads every remote image the notes use into
// source/images/remote/ and records it in the store. Failures are listed per URL
// and never fatal; entries already in the store are kept unless --refresh.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { YAMLMap } from 'yaml';
import { fetchLimited, imageExtension } from '../shared/fetch-limited';
import { pool } from '../shared/http';
import { yaml } from '../shared/lazy';
import { readStoreDocument, writeStoreDocument } from '../shared/yaml-store';
import { measure, wantsWebp } from './dimensions';
import type { ImageSettings } from './settings';
import { REMOTE_DIR, remoteKey, STORE_FILE, type StoredImage } from './store';
import { toWebp } from './webp';

export interface CommandLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ImagesCommandOptions {
  /** Remote image URLs of all notes (duplicates allowed). */
  urls: readonly string[];
  sourceDir: string;
  settings: ImageSettings;
  refresh: boolean;
  log: CommandLog;
  /** The `fetched` date, YYYY-MM-DD. */
  today: string;
}

export interface ImagesCommandResult {
  /** 0, or 1 when the store could not be read or written (it is then left untouched). */
  code: number;
  fetched: string[];
  kept: string[];
  failed: { url: string; reason: string }[];
}

type Outcome = { entry: StoredImage; note?: string } | { reason: string };

/** Why bytes that are none of the stored types are refused. */
export function refusal(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(head)) return 'an SVG image: never stored (served from this site it could run script here)';
  if (/^<(?:!doctype html|html|head|body|title|meta|p|div|h1)[\s>]/.test(head)) return 'an HTML page, not an image (an error page?): not stored';
  return 'not a PNG, JPEG, GIF, WebP or AVIF image: not stored';
}

function writeCopies(folder: string, stem: string, files: Record<string, Uint8Array>): void {
  fs.mkdirSync(folder, { recursive: true });
  for (const old of fs.readdirSync(folder)) {
    if (old.startsWith(`${stem}.`) && !(old.slice(stem.length + 1) in files)) fs.rmSync(path.join(folder, old));
  }
  for (const [ext, bytes] of Object.entries(files)) fs.writeFileSync(path.join(folder, `${stem}.${ext}`), bytes);
}

async function webpCopy(body: Uint8Array, ext: string): Promise<{ bytes?: Uint8Array; note?: string }> {
  try {
    const webp = await toWebp(body, ext === 'gif');
    return webp.byteLength < body.byteLength ? { bytes: webp } : {};
  } catch (error) {
    return { note: `no WebP copy: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function fetchImage(url: string, opts: ImagesCommandOptions): Promise<Outcome> {
  const { timeout, max_redirects: maxRedirects, max_bytes: maxBytes } = opts.settings.fetch;
  // Any content type: the bytes decide what the image is.
  const got = await fetchLimited(url, { timeout, maxRedirects, maxBytes }, () => true, 'image/avif,image/webp,image/png,image/jpeg,image/gif');
  if (!got.ok) return { reason: got.reason };
  if (got.truncated) return { reason: `larger than ${maxBytes} bytes (images.fetch.max_bytes): not stored` };
  const ext = imageExtension(got.body);
  if (!ext) return { reason: refusal(got.body) };
  const facts = measure(got.body);
  if (!facts) return { reason: `a ${ext} file whose size cannot be read: not stored` };
  const stem = createHash('sha256').update(url).digest('hex').slice(0, 16);
  const webp = wantsWebp({ ...facts, type: ext }) ? await webpCopy(got.body, ext) : {};
  const files: Record<string, Uint8Array> = { [ext]: got.body, ...(webp.bytes ? { webp: webp.bytes } : {}) };
  writeCopies(path.join(opts.sourceDir, ...REMOTE_DIR.split('/')), stem, files);
  const type = ext as StoredImage['type'];
  const entry: StoredImage = { path: `/${REMOTE_DIR}/${stem}.${ext}`, width: facts.width, height: facts.height, type, bytes: got.body.byteLength, fetched: opts.today };
  if (webp.bytes) entry.webp = `/${REMOTE_DIR}/${stem}.webp`;
  return webp.note ? { entry, note: webp.note } : { entry };
}

function existingKeys(doc: { contents: unknown }): Map<string, unknown> {
  const existing = new Map<string, unknown>();
  for (const pair of (doc.contents as YAMLMap).items) {
    const key = remoteKey(yaml().isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    if (key) existing.set(key, pair.key);
  }
  return existing;
}

async function fetchAll(todo: readonly string[], opts: ImagesCommandOptions): Promise<Map<string, Outcome>> {
  let done = 0;
  const outcomes = new Map<string, Outcome>();
  await pool(todo, opts.settings.fetch.concurrency, async (url) => {
    const outcome = await fetchImage(url, opts);
    outcomes.set(url, outcome);
    const progress = `[${++done}/${todo.length}]`;
    if ('entry' in outcome) {
      const { entry } = outcome;
      opts.log.info(`${progress} ${url}: ${entry.path} (${entry.width}×${entry.height} ${entry.type}${entry.webp ? ', WebP copy' : ''})`);
      if (outcome.note) opts.log.warn(`${progress} ${url}: ${outcome.note}`);
    } else opts.log.warn(`${progress} ${url}: ${outcome.reason}`);
  });
  return outcomes;
}

const HEADER = ' Remote images: URL -> the copy in this site (path, width, height, type, bytes, fetched, webp).\n Filled by `npx hexo images`; edit freely, entries are kept unless --refresh.';

export async function runImages(opts: ImagesCommandOptions): Promise<ImagesCommandResult> {
  const result: ImagesCommandResult = { code: 0, fetched: [], kept: [], failed: [] };
  const storeFile = path.join(opts.sourceDir, ...STORE_FILE.split('/'));
  const shown = path.relative(path.dirname(opts.sourceDir), storeFile);
  const { doc, error } = readStoreDocument(storeFile);
  if (error) {
    opts.log.error(`${shown}: ${error}. Fix it and run again; the store was not changed.`);
    return { ...result, code: 1 };
  }
  const existing = existingKeys(doc);
  const urls = [...new Set(opts.urls.map(remoteKey).filter((k): k is string => k !== null))];
  const todo = opts.refresh ? urls : urls.filter((url) => !existing.has(url));
  result.kept = urls.filter((url) => !todo.includes(url));
  opts.log.info(`images: ${urls.length} remote image(s); ${result.kept.length} already in ${shown}${opts.refresh ? '' : ' (kept; --refresh fetches them again)'}; fetching ${todo.length}`);
  const outcomes = await fetchAll(todo, opts);
  // Written in note order whatever order the fetches finished in.
  for (const url of todo) {
    const outcome = outcomes.get(url) ?? { reason: 'failed' };
    if ('reason' in outcome) result.failed.push({ url, reason: outcome.reason });
    else {
      doc.set(existing.get(url) ?? url, outcome.entry);
      result.fetched.push(url);
    }
  }
  if (result.fetched.length > 0) {
    if (!fs.existsSync(storeFile)) doc.commentBefore = HEADER;
    const failure = writeStoreDocument(storeFile, doc);
    if (failure) {
      opts.log.error(`${shown}: could not be written: ${failure}`);
      result.code = 1;
    }
  }
  opts.log.info(`images: ${result.fetched.length} fetched, ${result.kept.length} kept, ${result.failed.length} failed`);
  if (result.failed.length > 0) {
    opts.log.warn(`images: could not store (these stay remote):\n${result.failed.map((f) => `  ${f.url}: ${f.reason}`).join('\n')}`);
  }
  return result;
}
