// The sharded index in real Chromium: what a first search fetches, a link
// card's label, the #tag filter and its chips, the /search/ page's pages and
// exact count, and a shard that fails to load.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip } from '../../helpers/browser';
import { builtSiteInBrowser } from '../../helpers/browser-site';
import { note } from '../../helpers/site';

const PAGED = 57;
const files: Record<string, string> = {};
for (let i = 0; i < PAGED; i++) {
  files[`_posts/paged-${i}.md`] = note({ title: `分页 ${i}`, id: `paged-${i}`, tags: ['Docker'], date: `2021-01-01 00:${String(i).padStart(2, '0')}:00` }, `这一篇有翻页词 ${i}。`);
}

const FACETED: [string, string[]][] = [['a', ['Spring Boot', 'Docker']], ['b', ['Spring Boot']], ['c', ['Java']]];
for (const [name, tags] of FACETED) {
  files[`_posts/facet-${name}.md`] = note({ title: `切面 ${name}`, id: `facet-${name}`, tags, date: `2022-01-0${FACETED.length} 00:00:00` }, '这一篇有切面词。');
}

describe('the sharded search index in the browser', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({ projectSource: true, files, context: { viewport: { width: 1280, height: 800 } } });

  async function open(path: string): Promise<{ page: Page; problems: string[]; fetched: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const fetched: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    fetched.length = 0;
    return { page, problems, fetched };
  }
  const input = '.search input[data-search-input]';
  const options = '#search-listbox .search-result';

  test('a first search fetches the engine, the entry, one shard per gram and only the shown results\' fragments', async () => {
    const { page, problems, fetched } = await open('/ai/');
    await page.click(input);
    await page.keyboard.type('微调');
    await page.locator(options).first().waitFor();
    await page.waitForLoadState('networkidle');
    const kinds = fetched.map((p) => (p === '/search.json' ? 'entry' : /\/chunks\//.test(p) ? 'code' : /\/search-index\/[pd]/.test(p) ? 'shard' : /\/search-index\/f\d+-/.test(p) ? 'fragment' : p));
    assert.deepEqual(kinds.filter((k) => !['entry', 'code', 'shard', 'fragment'].includes(k)), []);
    assert.equal(kinds.filter((k) => k === 'entry').length, 1);
    assert.equal(kinds.filter((k) => k === 'shard').length, 1, fetched.join());
    // The seed note is the one note holding 微调: one fragment file.
    assert.equal(kinds.filter((k) => k === 'fragment').length, 1, fetched.join());
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('项目地址, a link card\'s label, finds /ai/', async () => {
    const { page } = await open('/');
    await page.click(input);
    await page.keyboard.type('项目地址');
    const first = page.locator(options).first();
    await first.waitFor();
    assert.match((await first.getAttribute('href')) ?? '', /^\/ai\//);
    await page.close();
  });

  test('#Docker keeps only the notes with that tag; a chip on the page adds the filter', async () => {
    const { page } = await open('/search/?q=%E7%BF%BB%E9%A1%B5%E8%AF%8D%20%23AI');
    const status = page.locator('.search-page [data-search-status][data-state]');
    await page.locator('.search-page [data-search-status][data-state="empty"]').waitFor();
    await page.fill('.search-page input[name="q"]', '大模型');
    await page.locator('.search-page .search-tag[data-search-tag="AI"]').first().click();
    await page.waitForURL(/q=%E5%A4%A7%E6%A8%A1%E5%9E%8B\+%23AI|q=大模型\+%23AI/);
    await page.locator('.search-page [data-search-count="1"]').waitFor();
    assert.equal(await page.locator('.search-page .search-page-result').count(), 1);
    assert.equal(await status.getAttribute('data-state'), 'results');
    await page.close();
  });

  test('the box offers the results\' tags as chips; one filters the query, quoted when the tag has a space', async () => {
    const { page, problems } = await open('/');
    await page.click(input);
    await page.keyboard.type('切面词');
    const chips = page.locator('.search [data-search-facets] .search-tag');
    await page.locator('.search [data-search-status][data-total="3"]').waitFor();
    assert.deepEqual(await chips.allTextContents(), ['#Spring Boot', '#Docker', '#Java']);
    // WCAG 2.5.8: a target of at least 24 × 24 px.
    for (const box of await chips.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) assert.ok(box.height >= 24 && box.width >= 24, JSON.stringify(box));
    await chips.first().click();
    await page.locator('.search [data-search-status][data-total="2"]').waitFor();
    assert.equal(await page.inputValue(input), '切面词 #"Spring Boot"');
    assert.ok(await page.locator(input).evaluate((el) => el === document.activeElement));
    assert.deepEqual(await chips.allTextContents(), ['#Docker']);
    assert.deepEqual((await page.locator(options).evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname))).sort(), ['/facet-a/', '/facet-b/']);
    // Tab reaches the chip; Escape there goes back to the field, the results stay.
    await page.keyboard.press('Tab');
    assert.ok(await chips.first().evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Escape');
    assert.ok(await page.locator(input).evaluate((el) => el === document.activeElement));
    assert.equal(await page.locator('.search [data-search-panel]').isVisible(), true);
    await page.fill(input, '不存在的词语组合');
    await page.locator('.search [data-search-status][data-state="empty"]').waitFor();
    assert.equal(await page.locator('.search [data-search-facets]').isHidden(), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the /search/ page lists every result in pages of 50 with the exact count, to the last page', async () => {
    const { page } = await open('/search/?q=%E7%BF%BB%E9%A1%B5%E8%AF%8D');
    await page.locator(`.search-page [data-search-count="${PAGED}"]`).waitFor();
    assert.equal(await page.locator('.search-page .search-page-result').count(), 50);
    assert.equal(await page.locator('a[rel="prev"]').count(), 0);
    await page.click('a[rel="next"]');
    await page.waitForURL(/page=2/);
    await page.locator(`.search-page [data-search-count="${PAGED}"]`).waitFor();
    assert.equal(await page.locator('.search-page .search-page-result').count(), PAGED - 50);
    assert.equal(await page.locator('a[rel="next"]').count(), 0);
    const seen = await page.locator('.search-page .search-result-title').allTextContents();
    // Newest first: the last page holds the oldest notes.
    assert.ok(seen.includes('分页 0'), seen.join());
    await page.click('a[rel="prev"]');
    await page.waitForURL((url) => !url.search.includes('page='));
    await page.close();
  });

  test('a shard that fails to load shows the error state, never a partial list', async () => {
    const { page } = await open('/ai/');
    await page.route('**/search-index/f*', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.click(input);
    await page.keyboard.type('微调');
    const status = page.locator('.search [data-search-status][data-state="failed"]');
    await status.waitFor();
    assert.equal(await page.locator(options).count(), 0);
    await page.unroute('**/search-index/f*');
    await status.locator('button').click();
    await page.locator(options).first().waitFor();
    await page.close();
  });
});
