// The policy in real Chromium: our pages never violate it while the reader uses
// them, and script that slipped into a page does not run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveStatic, type StaticServer } from '../../../tools/chromium';
import { browserSkip } from '../../helpers/browser';
import { buildSite, type Site } from '../../helpers/site';
import { withPolicy } from '../../../plugins/csp/page';
import { files, PAGES } from './fixture';

declare global {
  interface Window {
    violations?: string[];
    injected?: number;
    handler?: number;
  }
}

describe('Content-Security-Policy in Chromium', { skip: browserSkip() }, () => {
  let site: Site;
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    site = await buildSite({ files });
    assert.deepEqual(site.errors, []);
    server = await serveStatic(site.publicDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
    site.remove();
  });

  /** A context whose pages record every policy violation from their first byte. */
  async function recording(colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
    const context = await browser.newContext({ colorScheme });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await context.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    return context;
  }

  const violations = (page: Page): Promise<string[]> => page.evaluate(() => window.violations ?? []);

  /** What a reader does on the page: toggle the theme, copy code, zoom an image, wait for diagrams, search. */
  async function use(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    if ((await page.locator('pre.mermaid').count()) > 0) await page.waitForSelector('pre.mermaid[data-processed] > svg');
    await page.click('button[data-theme-toggle]');
    if ((await page.locator('pre.mermaid').count()) > 0) await page.waitForSelector('pre.mermaid[data-processed] > svg');
    await page.click('button[data-theme-toggle]');
    const copy = page.locator('button[data-copy]');
    if ((await copy.count()) > 0) {
      await copy.first().click();
      await page.waitForSelector('button[data-copy][data-state]');
    }
    const zoomable = page.locator('.note-body img[data-zoom]');
    if ((await zoomable.count()) > 0) {
      await zoomable.first().click();
      await page.keyboard.press('Escape');
    }
    const box = page.locator('.search input[type="search"]');
    if (await box.isVisible()) {
      await box.fill('微调');
      await page.waitForSelector('#search-listbox .search-result');
    }
    await page.waitForLoadState('networkidle');
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`no page violates the policy (${scheme})`, async () => {
      const context = await recording(scheme);
      try {
        const found: string[] = [];
        for (const pagePath of PAGES) {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && errors.push(m.text()));
          await page.goto(`${server.url}${encodeURI(pagePath)}`);
          await use(page);
          if (pagePath.startsWith('/search/')) assert.ok((await page.locator('.search-page .search-result, .search-result').count()) > 0, 'search page results');
          for (const v of [...(await violations(page)), ...errors]) found.push(`${pagePath}: ${v}`);
          await page.close();
        }
        assert.deepEqual(found, []);
      } finally {
        await context.close();
      }
    });
  }

  test("a <script> and an onerror= handler in a note's content run neither", async () => {
    const file = path.join(site.publicDir, 'code', 'index.html');
    const html = fs.readFileSync(file, 'utf8');
    const hostile = '<script>window.injected = 1</script><img src="/missing.png" onerror="window.handler = 1">';
    // Inside the note's content, as a miss of safe-html would be, and with the
    // policy computed again over it, as the build would have.
    assert.match(html, /<div class="note-body">/);
    fs.writeFileSync(file, withPolicy(html.replace('<div class="note-body">', `<div class="note-body">${hostile}`)));
    const context = await recording('light');
    try {
      const page = await context.newPage();
      const failed = page.waitForResponse((r) => r.url().endsWith('/missing.png'));
      await page.goto(`${server.url}/code/`);
      await failed;
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => window.injected), undefined);
      assert.equal(await page.evaluate(() => window.handler), undefined);
      // Blocked by the policy, not by a mistake in the test: Chromium reports both.
      const seen = await violations(page);
      assert.ok(seen.some((v) => v.startsWith('script-src-elem inline')), seen.join('\n'));
      assert.ok(seen.some((v) => v.startsWith('script-src-attr inline')), seen.join('\n'));
      // The page's own scripts still run.
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true);
    } finally {
      await context.close();
      fs.writeFileSync(file, html);
    }
  });
});
