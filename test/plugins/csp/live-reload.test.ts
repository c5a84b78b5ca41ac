// `hexo server` pages carry the same policy, and live reload (an external script
// and an event stream, both of this origin) works under it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tools/chromium';
import { browserSkip } from '../../helpers/browser';
import { startServer, type Server } from '../../helpers/server';
import { makeSite, note } from '../../helpers/site';

declare global {
  interface Window {
    violations?: string[];
  }
}

describe('live reload under the policy', { skip: browserSkip() }, () => {
  const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, '第一版 $x$') } });
  let server: Server;
  let browser: Browser;
  before(async () => {
    server = await startServer(dir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the served page has the policy; the page reloads after a save and shows problems, with no violation', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations?.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/a/`);
    assert.match((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '', /script-src 'self' 'sha256-/);
    await page.waitForSelector('html[data-livereload="connected"]');
    const reloaded = page.waitForEvent('load');
    fs.writeFileSync(path.join(dir, 'source/_posts/a.md'), note({ title: 'A', id: 'a' }, '第二版\n\n{% codeblock %}'));
    await reloaded;
    await page.locator('#livereload-problems').waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  });
});
