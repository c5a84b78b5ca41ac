// Search in real Chromium on the seed site plus a note with a hostile title.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip } from '../../helpers/browser';
import { builtSiteInBrowser } from '../../helpers/browser-site';
import { note } from '../../helpers/site';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('search in the browser', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({
    projectSource: true,
    files: {
      '_posts/hostile.md': note({ title: HOSTILE, id: 'hostile', date: '2020-01-01 00:00:00' }, '普通内容 onerror 的说明。'),
      '_posts/inline.md': note({ title: '行内', id: 'inline', date: '2019-01-01 00:00:00' }, '跨越**标**记的词，ＬＬＭ 与 llm。\n\n作者软换\n行的词'),
    },
    context: { viewport: { width: 1280, height: 800 } },
  });

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    return { page, problems };
  }
  const input = '.search input[data-search-input]';
  const options = '#search-listbox .search-result';

  test('a plain page load requests neither the index nor the engine; focusing the box does, once', async () => {
    const { page, problems } = await open('/ai/');
    await page.waitForLoadState('networkidle');
    const lazy = (r: string) => r.endsWith('/search.json') || /\/search-index\//.test(r) || /\/chunks\/query-/.test(r);
    assert.deepEqual(server.requests.filter(lazy), []);
    const index = page.waitForRequest((r) => r.url().endsWith('/search.json'));
    await page.focus(input);
    await index;
    await page.keyboard.type('微调');
    await page.locator(options).first().waitFor();
    await page.keyboard.type('数据');
    await page.waitForTimeout(200);
    assert.equal(server.requests.filter((r) => r.endsWith('/search.json')).length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('typing 微调 finds the seed note and Enter opens the 微调(Fine Tuning) section, highlighted', async () => {
    const { page, problems } = await open('/');
    await page.click(input);
    await page.keyboard.type('微调');
    const first = page.locator(options).first();
    await first.waitFor();
    assert.equal(await first.locator('.search-result-title').textContent(), '大模型');
    assert.equal(await first.locator('.search-result-heading').textContent(), '微调(Fine Tuning)');
    assert.ok((await first.locator('.search-result-snippet mark').allTextContents()).every((m) => m === '微调'));
    assert.match((await page.locator('.search-status').textContent()) ?? '', /1/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ai\/\?hl=/);
    const url = new URL(page.url());
    assert.equal(decodeURIComponent(url.hash), '#微调-Fine-Tuning');
    assert.equal(url.searchParams.get('hl'), '微调');
    const heading = page.locator('article.note h4', { hasText: '微调(Fine Tuning)' });
    assert.ok(await heading.isVisible());
    const box = await heading.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 800, `heading at ${box?.y}`);
    const hits = page.locator('article.note mark.search-hit');
    assert.ok((await hits.count()) >= 5);
    assert.ok((await hits.allTextContents()).every((m) => m === '微调'));
    await page.click('[data-search-hl-clear]');
    assert.equal(await hits.count(), 0);
    assert.equal(new URL(page.url()).searchParams.has('hl'), false);
    assert.ok(await heading.isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the opened note marks hits across inline elements and across full-width forms', async () => {
    const { page, problems } = await open(`/inline/?hl=${encodeURIComponent('标记的 LLM 换行')}`);
    await page.locator('.search-hl-bar').waitFor();
    const pieces = await page.locator('article.note mark.search-hit').allTextContents();
    // A soft line break between CJK characters is not a space the author meant (as in the index).
    assert.deepEqual(pieces, ['标', '记的', 'ＬＬＭ', 'llm', '换\n行']);
    assert.match((await page.locator('.search-hl-bar').textContent()) ?? '', /4/);
    await page.click('[data-search-hl-clear]');
    assert.equal(await page.locator('article.note .note-body p').first().textContent(), '跨越标记的词，ＬＬＭ 与 llm。');
    assert.equal(await page.locator('article.note .note-body strong').textContent(), '标');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keyboard: / and Ctrl+K focus, arrows move through the listbox, Esc closes', async () => {
    const { page } = await open('/ai/');
    const focused = () => page.evaluate(() => document.activeElement?.matches('.search input') ?? false);
    await page.keyboard.press('/');
    assert.ok(await focused());
    await page.keyboard.type('的');
    await page.locator(options).nth(2).waitFor();
    const box = page.locator(input);
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    const ids = await page.locator(options).evaluateAll((els) => els.map((e) => e.id));
    assert.ok(ids.length >= 3);
    const activeId = () => box.getAttribute('aria-activedescendant');
    assert.equal(await activeId(), ids[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await activeId(), ids[1]);
    assert.equal(await page.locator(`#${ids[1]}`).getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator(`#${ids[0]}`).getAttribute('aria-selected'), 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await activeId(), ids[ids.length - 1]);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-search-panel]').isVisible(), false);
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.inputValue(), '的');
    await page.locator('article.note h1').click();
    assert.equal(await focused(), false);
    await page.keyboard.press('Control+k');
    assert.ok(await focused());
    // A slash typed into the box is text, not a shortcut.
    await page.keyboard.press('/');
    assert.equal(await box.inputValue(), '/');
    await page.close();
  });

  test('a hostile title is shown as text', async () => {
    const { page, problems } = await open('/');
    await page.click(input);
    await page.keyboard.type('onerror');
    const result = page.locator(options).filter({ hasText: 'src=x' }).first();
    await result.waitFor();
    assert.equal(await result.locator('.search-result-title').textContent(), HOSTILE);
    assert.equal(await page.locator('.search img, .search-panel [onerror]').count(), 0);
    await page.goto(`${server.url}/search/?q=onerror`);
    await page.locator('.search-page .search-result').first().waitFor();
    assert.equal(await page.locator('.search-page img').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the /search/?q= page gives the same results and keeps the query in the address', async () => {
    const { page } = await open('/');
    await page.click(input);
    await page.keyboard.type('模型 数据');
    await page.locator(options).first().waitFor();
    const fromBox = await page.locator(options).evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    await page.click('[data-search-all]');
    await page.waitForURL(/\/search\/\?q=/);
    const results = page.locator('.search-page .search-result');
    await results.first().waitFor();
    assert.equal(await page.inputValue('.search-page input[name="q"]'), '模型 数据');
    await page.locator('h1.page-title').click();
    await page.keyboard.press('/');
    assert.ok(await page.locator('.search-page input[name="q"]').evaluate((el) => el === document.activeElement));
    const fromPage = await results.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    // The page shows more sections per note; the box's results are among them, in order.
    assert.deepEqual(fromPage.filter((h) => fromBox.includes(h)), fromBox);
    await page.fill('.search-page input[name="q"]', 'LoRA');
    await page.waitForURL(/q=LoRA/);
    await page.locator('.search-page .search-result mark', { hasText: 'LoRA' }).first().waitFor();
    await page.fill('.search-page input[name="q"]', '不存在的词语组合');
    await page.locator('.search-page [data-search-status][data-state="empty"]').waitFor();
    assert.equal(await results.count(), 0);
    await page.close();
  });

  test('an index that fails to load shows a message and a retry that works', async () => {
    const { page } = await open('/ai/');
    await page.route('**/search.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.click(input);
    await page.keyboard.type('微调');
    const status = page.locator('.search [data-search-status][data-state="failed"]');
    await status.waitFor();
    assert.match((await status.textContent()) ?? '', /失败/);
    assert.equal(await page.locator(options).count(), 0);
    await page.unroute('**/search.json');
    await status.locator('button').click();
    await page.locator(options).first().waitFor();
    await page.close();
  });

  test('the box shows a loading state until the index arrives, then results or “no results”', async () => {
    const { page } = await open('/ai/');
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.click(input);
    await page.keyboard.type('微调');
    const status = page.locator('.search [data-search-status]');
    await page.locator('.search [data-search-status][data-state="loading"]').waitFor();
    assert.equal(await page.locator(options).count(), 0);
    release();
    await page.locator(options).first().waitFor();
    assert.equal(await status.getAttribute('data-state'), 'results');
    await page.fill(input, '没有这个词');
    await page.locator('.search [data-search-status][data-state="empty"]').waitFor();
    assert.match((await status.textContent()) ?? '', /没有这个词/);
    assert.equal(await page.locator(options).count(), 0);
    await page.close();
  });

  test('at 360px an icon opens a full-width search', async () => {
    const { page, problems } = await open('/ai/');
    await page.setViewportSize({ width: 360, height: 740 });
    assert.equal(await page.locator(input).isVisible(), false);
    await page.click('[data-search-open]');
    assert.ok(await page.locator(input).isVisible());
    const box = await page.locator(input).boundingBox();
    assert.ok(box && box.width >= 200, `input is ${box?.width}px wide`);
    await page.keyboard.type('微调');
    const first = page.locator(options).first();
    await first.waitFor();
    const result = await first.boundingBox();
    assert.ok(result && result.x >= 0 && result.x + result.width <= 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator(input).isVisible(), false);
    assert.ok(await page.locator('[data-search-open]').evaluate((el) => el === document.activeElement));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
