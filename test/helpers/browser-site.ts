// One fixture for the browser tests: a built site, served statically, open in
// real Chromium. Kept apart from browser.ts, which the benchmark imports too.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser, serveStatic, type StaticServer } from './browser';
import { buildSite, type Site, type SiteOptions } from './site';

export interface BrowserSiteOptions extends SiteOptions {
  /** Options of the shared `context`. */
  context?: BrowserContextOptions;
  /** Pages in the shared `context` may read and write the clipboard. */
  clipboard?: boolean;
}

export interface BrowserSite {
  /** The served public/ folder: its address and the paths requested so far. */
  server: Pick<StaticServer, 'url' | 'requests'>;
  browser: Pick<Browser, 'newContext' | 'newPage'>;
  /** One context made with `options.context`, shared by the tests. */
  context: Pick<BrowserContext, 'newPage'>;
  /** The built site's public/ folder. */
  readonly publicDir: string;
}

/**
 * Call inside a `describe`: before its tests, builds the site (asserting Hexo
 * logged no error), serves its public/ folder on 127.0.0.1 and launches Chromium;
 * after them, closes all and removes the site. The returned objects forward to
 * the live ones, so they can be destructured at describe level and used in tests.
 */
export function builtSiteInBrowser(options: BrowserSiteOptions = {}): BrowserSite {
  const { context: contextOptions, clipboard, ...siteOptions } = options;
  let site: Site | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const live = (): { server: StaticServer; browser: Browser; context: BrowserContext } => {
    if (!server || !browser || !context) throw new Error('builtSiteInBrowser: used outside the tests of its describe block');
    return { server, browser, context };
  };

  before(async () => {
    site = await buildSite(siteOptions);
    assert.deepEqual(site.errors, []);
    server = await serveStatic(site.publicDir);
    browser = await launchBrowser();
    context = await browser.newContext(contextOptions);
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  return {
    server: {
      get url() {
        return live().server.url;
      },
      get requests() {
        return live().server.requests;
      },
    },
    browser: {
      newContext: (newOptions) => live().browser.newContext(newOptions),
      newPage: (pageOptions) => live().browser.newPage(pageOptions),
    },
    context: {
      newPage: () => live().context.newPage(),
    },
    get publicDir() {
      if (!site) throw new Error('builtSiteInBrowser: used outside the tests of its describe block');
      return site.publicDir;
    },
  };
}
