// `hexo linkcards [--refresh]`: fills the metadata store from the card URLs of all
// notes. Failures are reported per URL and never fatal; entries already in the
// store are kept unless --refresh; images are downloaded into the site's source.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { fetchLimited, imageExtension } from '../shared/fetch-limited';
import { pool } from '../shared/http';
import { lazy } from '../shared/lazy';
import { openStore, planFetches, writeStoreDocument } from '../shared/yaml-store';
import type * as Fetch from './fetch';
import type { LinkCardSettings } from './settings';
import { STORE_FILE, storeKey, type StoreEntry } from './store';

export interface CommandLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface CommandOptions {
  /** Card URLs of all notes, in note order (duplicates allowed). */
  urls: readonly string[];
  sourceDir: string;
  settings: LinkCardSettings;
  refresh: boolean;
  log: CommandLog;
}

export interface CommandResult {
  /** 0, or 1 when the store itself could not be read or written (it is then left untouched). */
  code: number;
  fetched: string[];
  kept: string[];
  failed: { url: string; reason: string }[];
}

interface Outcome {
  entry: StoreEntry | null;
  reason?: string;
  notes: string[];
}

/** The card URLs the store is filled for: those of every note that does not turn cards off. */
export function storeUrls(docs: readonly { link_cards?: unknown; link_card_urls?: readonly string[] }[]): string[] {
  return docs.filter((doc) => doc.link_cards !== false).flatMap((doc) => doc.link_card_urls ?? []);
}

/** The fetching code (and cheerio) loads only when `hexo linkcards` runs, not with every command. */
// A literal path, so that esbuild puts the module in the plugins' bundle (scripts/load-plugins.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
const fetcher = lazy(() => require('./fetch') as typeof Fetch);

async function downloadImage(imageUrl: string, pageKey: string, opts: CommandOptions): Promise<{ path?: string; note?: string }> {
  const { fetch: limits, image_dir: dir } = opts.settings;
  const got = await fetchLimited(
    imageUrl,
    { timeout: limits.timeout, maxRedirects: limits.max_redirects, maxBytes: limits.image_max_bytes },
    (type) => type.startsWith('image/'),
    'image/avif,image/webp,image/png,image/jpeg,image/gif',
  );
  if (!got.ok) return { note: `image ${imageUrl}: ${got.reason}` };
  if (got.truncated) return { note: `image ${imageUrl}: larger than ${limits.image_max_bytes} bytes, not kept` };
  const ext = imageExtension(got.body);
  if (!ext) return { note: `image ${imageUrl}: not a PNG, JPEG, GIF, WebP or AVIF image, not kept` };
  const stem = createHash('sha256').update(pageKey).digest('hex').slice(0, 16);
  const folder = path.join(opts.sourceDir, ...dir.split('/'));
  fs.mkdirSync(folder, { recursive: true });
  for (const old of fs.readdirSync(folder)) {
    if (old.startsWith(`${stem}.`) && old !== `${stem}.${ext}`) fs.rmSync(path.join(folder, old));
  }
  fs.writeFileSync(path.join(folder, `${stem}.${ext}`), got.body);
  return { path: `/${dir}/${stem}.${ext}` };
}

async function fetchEntry(key: string, opts: CommandOptions): Promise<Outcome> {
  const { fetch: limits } = opts.settings;
  const { isHtml, parseMeta, decodePage } = fetcher();
  const page = await fetchLimited(
    key,
    { timeout: limits.timeout, maxRedirects: limits.max_redirects, maxBytes: limits.max_bytes },
    isHtml,
    'text/html,application/xhtml+xml',
  );
  if (!page.ok) return { entry: null, reason: page.reason, notes: [] };
  const notes: string[] = [];
  if (page.truncated) notes.push(`page larger than ${limits.max_bytes} bytes, read its first ${limits.max_bytes}`);
  const meta = parseMeta(decodePage(page.body, page.contentType), page.url);
  const { imageUrl, ...text } = meta;
  const entry: StoreEntry = { ...text };
  if (imageUrl) {
    const image = await downloadImage(imageUrl, key, opts);
    if (image.path) entry.image = image.path;
    if (image.note) notes.push(image.note);
  }
  if (Object.keys(entry).length === 0) return { entry: null, reason: 'no title, description or image found', notes };
  return { entry, notes };
}

/** Fetches every page, a few at once, logging each as it finishes. */
async function fetchAll(todo: readonly string[], opts: CommandOptions): Promise<Map<string, Outcome>> {
  let done = 0;
  const outcomes = new Map<string, Outcome>();
  await pool(todo, opts.settings.fetch.concurrency, async (key) => {
    const outcome = await fetchEntry(key, opts);
    outcomes.set(key, outcome);
    done++;
    const progress = `[${done}/${todo.length}]`;
    if (outcome.entry) opts.log.info(`${progress} ${key}: ${outcome.entry.title ?? '(no title)'}`);
    else opts.log.warn(`${progress} ${key}: ${outcome.reason ?? 'failed'}`);
    for (const note of outcome.notes) opts.log.warn(`${progress} ${key}: ${note}`);
  });
  return outcomes;
}

/** Writes the store (a new one with its explaining comment); the reason when it could not be written. */
function writeStore(doc: Document, storeFile: string): string | null {
  if (!fs.existsSync(storeFile)) {
    doc.commentBefore = ' Link card metadata: page URL -> title, description, site_name, image (a path in this site).\n Filled by `npx hexo linkcards`; edit freely, entries are kept unless --refresh.';
  }
  return writeStoreDocument(storeFile, doc);
}

function logSummary(result: CommandResult, log: CommandLog): void {
  log.info(`linkcards: ${result.fetched.length} fetched, ${result.kept.length} kept, ${result.failed.length} failed`);
  if (result.failed.length > 0) {
    log.warn(`linkcards: could not fetch (cards still render without metadata):\n${result.failed.map((f) => `  ${f.url}: ${f.reason}`).join('\n')}`);
  }
}

export async function runLinkCards(opts: CommandOptions): Promise<CommandResult> {
  const result: CommandResult = { code: 0, fetched: [], kept: [], failed: [] };
  if (!opts.settings.enable) opts.log.info('linkcards: cards are off (link_cards.enable: false in _config.yml); the store is still filled');
  const store = openStore(opts.sourceDir, STORE_FILE, storeKey, opts.log);
  if (!store) return { ...result, code: 1 };
  const { file: storeFile, shown, doc, existing } = store;
  const { keys, todo, kept } = planFetches(opts.urls, storeKey, (key) => existing.has(key), opts.refresh);
  result.kept = kept;
  opts.log.info(
    `linkcards: ${keys.length} card URL(s); ${kept.length} already in ${shown}` +
      `${opts.refresh ? '' : ' (kept; --refresh fetches them again)'}; fetching ${todo.length}`,
  );
  const outcomes = await fetchAll(todo, opts);
  // Written in note order whatever order the fetches finished in.
  for (const key of todo) {
    const outcome = outcomes.get(key);
    if (!outcome?.entry) {
      result.failed.push({ url: key, reason: outcome?.reason ?? 'failed' });
      continue;
    }
    doc.set(existing.get(key) ?? key, outcome.entry);
    result.fetched.push(key);
  }
  if (result.fetched.length > 0) {
    const failure = writeStore(doc, storeFile);
    if (failure) {
      opts.log.error(`${shown}: could not be written: ${failure}`);
      result.code = 1;
    }
  }
  logSummary(result, opts.log);
  return result;
}
