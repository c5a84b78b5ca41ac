// Measurements in real Chromium on our built site, served from 127.0.0.1: what a
// page transfers (every response gzipped), what the first search downloads, and
// how long the real search engine takes per query.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page, Response } from 'playwright-core';

export interface Transfer {
  url: string;
  /** Chromium's resource type: document, script, stylesheet, font, fetch… */
  type: string;
  contentType: string;
  bytes: number;
  gzipBytes: number;
  /** Part of mermaid or KaTeX (by URL), which load only where used. */
  library: boolean;
  body: Buffer;
}

const CODE_TYPES = new Set(['document', 'script', 'stylesheet']);
const LIBRARY = /mermaid|katex/i;

export function isLibrary(url: string): boolean {
  return LIBRARY.test(new URL(url).pathname);
}

/** gzip bytes of HTML + JS + CSS, optionally without mermaid/KaTeX. */
export function codeWeight(transfers: readonly Transfer[], withLibraries: boolean): number {
  return transfers.filter((t) => CODE_TYPES.has(t.type) && (withLibraries || !t.library)).reduce((sum, t) => sum + t.gzipBytes, 0);
}

export function totalWeight(transfers: readonly Transfer[]): number {
  return transfers.reduce((sum, t) => sum + t.gzipBytes, 0);
}

/** Element tags that mark HTML markup (an XML index's own elements are not in the list). */
const HTML_TAG = /<\/?(?:p|div|span|a|h[1-6]|ul|ol|li|pre|code|figure|figcaption|img|br|table|tr|td|th|em|strong|blockquote|article|section|script|svg|button|mark)\b[^>]*>/i;

/** Whether a response carries HTML markup (an HTML page, or HTML inside JSON/XML). */
export function hasHtmlMarkup(contentType: string, body: string): boolean {
  return /text\/html/i.test(contentType) || HTML_TAG.test(body);
}

/** Records every response a page receives, with its body gzipped as a server would. */
function recordTransfers(page: Page): { transfers: Transfer[]; settle(): Promise<void> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    if (response.url().startsWith('data:')) return;
    pending.push(
      (async () => {
        // Redirects and aborted requests have no body: nothing was transferred.
        const body = await response.body().catch(() => null);
        if (!body) return;
        transfers.push({
          url: response.url(),
          type: response.request().resourceType(),
          contentType: response.headers()['content-type'] ?? '',
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
          library: isLibrary(response.url()),
          body,
        });
      })(),
    );
  });
  return { transfers, settle: async () => void (await Promise.all(pending)) };
}

/** Waits until no request has been made for `quietMs` (after lazy chunks, diagrams). */
async function quiet(page: Page, quietMs = 500, maxMs = 15_000): Promise<void> {
  let last = Date.now();
  const bump = () => (last = Date.now());
  page.on('request', bump);
  page.on('requestfinished', bump);
  const start = Date.now();
  while (Date.now() - last < quietMs && Date.now() - start < maxMs) await page.waitForTimeout(100);
  page.off('request', bump);
  page.off('requestfinished', bump);
}

export interface PageLoad {
  transfers: Transfer[];
  /** Requests to another origin (there should be none). */
  foreign: string[];
}

export async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const rec = recordTransfers(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  if ((await page.locator('pre.mermaid').count()) > 0) {
    await page.waitForSelector('pre.mermaid svg, .mermaid svg', { timeout: 10_000 }).catch(() => undefined);
  }
  await quiet(page);
  await rec.settle();
  await page.close();
  return { transfers: rec.transfers, foreign };
}

export interface FirstSearch {
  /** Responses caused by focusing the search box and typing. */
  transfers: Transfer[];
  htmlResponses: string[];
}

/** Focuses the page's search box, types a query and records what that downloads; null without a search box. */
export async function firstSearch(browser: Browser, url: string, query: string): Promise<FirstSearch | null> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await quiet(page);
  const box = page.locator('input[data-search-input]').first();
  if ((await box.count()) === 0) {
    await page.close();
    return null;
  }
  const rec = recordTransfers(page);
  await box.focus();
  await page.keyboard.type(query, { delay: 50 });
  await quiet(page, 1000);
  await rec.settle();
  await page.close();
  // Data and pages only: the search code itself may well spell tags such as <mark>.
  const htmlResponses = rec.transfers
    .filter((t) => !CODE_TYPES.has(t.type) || t.type === 'document')
    .filter((t) => hasHtmlMarkup(t.contentType, t.body.toString('utf8')))
    .map((t) => new URL(t.url).pathname);
  return { transfers: rec.transfers, htmlResponses };
}

export interface SearchTiming {
  /** ms per query call, every run of every query. */
  times: number[];
  /** ms to create the engine from the fetched index. */
  createMs: number;
  indexBytes: number;
  /** Queries that found nothing (from the corpus, so each should find something). */
  empty: string[];
}

/**
 * Bundles the real search engine module with esbuild into the built site
 * (`/__bench/`), loads the real index in Chromium and times each query.
 */
export async function timeSearch(
  browser: Browser,
  baseUrl: string,
  publicDir: string,
  engineFile: string,
  indexPath: string,
  queries: readonly string[],
  runs: number,
): Promise<SearchTiming> {
  const benchDir = path.join(publicDir, '__bench');
  fs.mkdirSync(benchDir, { recursive: true });
  await build({ entryPoints: [engineFile], bundle: true, format: 'esm', target: 'es2020', platform: 'browser', outfile: path.join(benchDir, 'engine.js'), logLevel: 'silent' });
  fs.writeFileSync(
    path.join(benchDir, 'search.html'),
    '<!doctype html><meta charset="utf-8"><title>search bench</title>\n<script type="module">import * as engine from "./engine.js"; window.benchEngine = engine;</script>\n',
  );
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // A mid-range phone: four times slower than this machine's CPU.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${baseUrl}/__bench/search.html`);
  await page.waitForFunction(() => 'benchEngine' in window, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`the bundled ${engineFile} did not load in Chromium: ${pageErrors.join('; ') || 'no error reported'}`);
  });
  const indexUrl = new URL(indexPath.replace(/^\/*/, '/'), baseUrl).href;
  // The function runs in the page: its body is plain browser JavaScript.
  const result = await page.evaluate(
    async ({ indexUrl, queries, runs }) => {
      type Engine = { search(q: string, options: { limit: number }): unknown };
      const mod = (window as unknown as { benchEngine: { openIndex?: (url: string) => Promise<Engine> } }).benchEngine;
      if (typeof mod.openIndex !== 'function') throw new Error('query.ts does not export openIndex');
      const res = await fetch(indexUrl);
      if (!res.ok) throw new Error(`index ${indexUrl}: HTTP ${res.status}`);
      const text = await res.text();
      const t0 = performance.now();
      const engine = await mod.openIndex(indexUrl);
      const createMs = performance.now() - t0;
      // The files a query needs are fetched on its first run (transfer is the first-search row); timed runs compute only.
      for (const q of queries) await engine.search(q, { limit: 10 });
      const times: number[] = [];
      const empty = new Set<string>();
      for (let r = 0; r < runs; r++) {
        for (const q of queries) {
          const start = performance.now();
          let out = engine.search(q, { limit: 10 });
          if (out && typeof (out as Promise<unknown>).then === 'function') out = await Promise.resolve(out);
          times.push(performance.now() - start);
          const count = Array.isArray(out) ? out.length : (out as { length?: number; results?: unknown[] } | null)?.results?.length;
          if (count === 0) empty.add(q);
        }
      }
      return { times, createMs, indexBytes: new TextEncoder().encode(text).length, empty: [...empty] };
    },
    { indexUrl, queries: [...queries], runs },
  );
  await page.close();
  return result;
}
