// The built seed site in real Chromium: it renders, the theme toggle works and is
// remembered, copy buttons put the exact code on the clipboard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';

describe('theme in the browser', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({ projectSource: true, context: { colorScheme: 'light' }, clipboard: true });

  test('the seed page renders with no console error and no foreign request', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
    await page.goto(`${server.url}/ai/`);
    assert.equal(await page.locator('article.note h1').textContent(), '大模型');
    assert.ok(await page.locator('article.note h4', { hasText: '微调(Fine Tuning)' }).isVisible());
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
    await page.close();
  });

  test('the dark toggle switches the theme and is remembered across pages', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/ai/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.click('button[data-theme-toggle]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.notEqual(await bg(), light);
    await page.goto(`${server.url}/`);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.click('button[data-theme-toggle]');
    await page.reload();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    assert.equal(await bg(), light);
    await page.close();
  });

  test('a copy button puts the exact code on the clipboard', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/ai/`);
    const block = page.locator('figure.code-block[data-lang="python"]');
    await block.locator('button[data-copy]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(
      copied,
      'import torch\n\nif torch.cuda.is_available():\n    device = torch.device("cuda")\n    print("默认设备为GPU")\nelse:\n    device = torch.device("cpu")\n    print("默认设备为CPU")',
    );
    assert.equal(await block.locator('button[data-copy]').getAttribute('data-state'), 'copied');
    await page.close();
  });

  test('on a narrow screen the sidebar is a drawer behind the menu button', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/ai/`);
    assert.equal(await page.locator('#sidebar').isVisible(), false);
    await page.click('button[data-sidebar-toggle]');
    await page.locator('#sidebar a[aria-current="page"]').waitFor({ state: 'visible' });
    assert.equal(await page.getAttribute('button[data-sidebar-toggle]', 'aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360px`);
    await page.close();
  });
});
