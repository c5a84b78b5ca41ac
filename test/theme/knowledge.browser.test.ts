// In Chromium: the outdated notice (computed in the page from data-updated) and
// the back-to-top button on a long note.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { note } from '../helpers/site';

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().replace('T', ' ').slice(0, 19);

describe('outdated notice and back to top', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({
    files: {
      '_posts/old.md': note({ title: 'Old', id: 'old', date: '2020-01-01 10:00:00', updated: '2021-06-01 10:00:00' }, '旧'),
      '_posts/old-off.md': note({ title: 'Old, off', id: 'old-off', date: '2020-01-01 10:00:00', outdated: false }, '旧'),
      '_posts/fresh.md': note({ title: 'Fresh', id: 'fresh', date: daysAgo(10) }, '新'),
      '_posts/long.md': note({ title: 'Long', id: 'long', date: daysAgo(1) }, Array.from({ length: 120 }, (_, i) => `第 ${i} 段。`).join('\n\n')),
    },
  });

  test('a note last updated long ago shows the notice with its date and age', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/old/`);
    const text = await page.locator('article.note .outdated-notice').textContent();
    const days = Math.floor((Date.now() - Date.parse('2021-06-01T02:00:00Z')) / 86_400_000);
    assert.equal(text, `本文最后更新于 2021-06-01，距今 ${days} 天，部分内容可能已过时`);
    await page.close();
  });

  test('no notice with `outdated: false`, nor on a recent note', async () => {
    const page = await context.newPage();
    for (const id of ['old-off', 'fresh']) {
      await page.goto(`${server.url}/${id}/`);
      await page.locator('article.note').waitFor();
      assert.equal(await page.locator('.outdated-notice').count(), 0, id);
    }
    await page.close();
  });

  test('back to top appears after one screen, is reached by Tab and goes to the top', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${server.url}/long/`);
    const button = page.locator('button[data-back-to-top]');
    assert.equal(await button.isVisible(), false);
    await page.evaluate(() => window.scrollTo(0, window.innerHeight * 2));
    await button.waitFor({ state: 'visible' });
    await page.locator('.note-pager').evaluate((el) => el.setAttribute('tabindex', '-1'));
    await page.locator('.note-pager').focus();
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'back-to-top'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.hasAttribute('data-back-to-top') ? 'back-to-top' : ''));
    }
    assert.equal(focused, 'back-to-top');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY === 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
    await button.waitFor({ state: 'hidden' });
    await page.close();
  });
});
