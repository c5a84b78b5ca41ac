// The table of contents in real Chromium: the scrollspy marks the section in view
// and keeps it visible in the sidebar; a click scrolls and sets the hash; on a
// narrow screen the list hides behind a toggle above the note.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { currentSection } from '../../themes/notes/browser/toc';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { note } from '../helpers/site';

/** 30 sections, each long enough to fill part of a screen. */
function longNote(): string {
  const parts: string[] = [];
  for (let i = 1; i <= 30; i += 1) {
    parts.push(`## 第 ${i} 节`, '', ...Array.from({ length: 6 }, () => `第 ${i} 节的内容，足够长的一段话。`.repeat(8) + '\n'));
    if (i % 3 === 0) parts.push(`### 小节 ${i}`, '', '小节正文。'.repeat(40), '');
  }
  parts.push('## 最后一节', '', '很短。');
  return parts.join('\n');
}

test('the section being read is the last heading above the reading line', () => {
  assert.equal(currentSection([], 80), -1);
  assert.equal(currentSection([100, 500], 80), -1);
  assert.equal(currentSection([-300, 80, 500], 80), 1);
  assert.equal(currentSection([-900, -300, -10], 80), 2);
});

const current = (page: Page) => page.locator('nav.toc a[aria-current="true"]');

describe('table of contents in the browser', { skip: browserSkip() }, () => {
  const { server, browser } = builtSiteInBrowser({
    files: {
      '_posts/long.md': note({ title: '长笔记', id: 'long' }, longNote()),
      // A standalone page (`hexo new page guide`): same TOC, same script.
      'guide/index.md': `---\ntitle: 长页面\n---\n\n${longNote()}\n`,
    },
  });

  test('wide screen: the TOC is beside the note, sticky, and marks the section in view', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/long/`);
    assert.equal(await page.locator('button[data-toc-toggle]').isVisible(), false);
    assert.ok(await page.locator('nav.toc a[href="#第-1-节"]').isVisible());
    assert.equal(await current(page).count(), 0, 'nothing marked above the first heading');

    await page.evaluate(() => document.getElementById('第-20-节')?.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('nav.toc a[aria-current="true"]')?.getAttribute('href') === '#第-20-节');
    assert.equal(await current(page).count(), 1);

    // Sticky: the TOC is still on screen this far down, and the marked entry is
    // inside the TOC's own visible box.
    const box = await page.locator('nav.toc').boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 700, `toc at ${box?.y}`);
    const visible = await page.evaluate(() => {
      const nav = document.querySelector('nav.toc') as HTMLElement;
      const a = nav.querySelector('a[aria-current="true"]') as HTMLElement;
      const n = nav.getBoundingClientRect();
      const r = a.getBoundingClientRect();
      return { scrollable: nav.scrollHeight > nav.clientHeight, inside: r.top >= n.top && r.bottom <= n.bottom, scrollTop: nav.scrollTop };
    });
    assert.ok(visible.scrollable, 'a 40-entry TOC scrolls inside a 700px window');
    assert.ok(visible.inside, 'the marked entry is visible in the TOC');
    assert.ok(visible.scrollTop > 0);

    await page.evaluate(() => document.getElementById('小节-9')?.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('nav.toc a[aria-current="true"]')?.getAttribute('href') === '#小节-9');
    assert.equal(await current(page).count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a page gets the same TOC: the scrollspy marks the section in view', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
    await page.goto(`${server.url}/guide/`);
    assert.ok(await page.locator('.doc-aside nav.toc a[href="#第-1-节"]').isVisible());
    await page.evaluate(() => document.getElementById('第-20-节')?.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('nav.toc a[aria-current="true"]')?.getAttribute('href') === '#第-20-节');
    await page.close();
  });

  test('clicking an entry scrolls to the heading, sets the hash and marks it, even for a short last section', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
    await page.goto(`${server.url}/long/`);
    await page.click('nav.toc a[href="#第-12-节"]');
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#第-12-节');
    const top = await page.evaluate(() => document.getElementById('第-12-节')?.getBoundingClientRect().top ?? -1);
    assert.ok(top >= 0 && top < 120, `heading top ${top}`);
    assert.equal(await current(page).getAttribute('href'), '#第-12-节');

    await page.click('nav.toc a[href="#最后一节"]');
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#最后一节');
    // Let the scroll events of the jump reach the scrollspy.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await current(page).getAttribute('href'), '#最后一节');
    await page.close();
  });

  test('opening a link with a hash marks that section', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
    await page.goto(`${server.url}/long/#${encodeURIComponent('第-25-节')}`);
    await page.waitForFunction(() => document.querySelector('nav.toc a[aria-current="true"]')?.getAttribute('href') === '#第-25-节');
    await page.close();
  });

  test('narrow screen: the TOC is collapsed above the note behind a toggle', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${server.url}/long/`);
    const toggle = page.locator('button[data-toc-toggle]');
    assert.ok(await toggle.isVisible());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('nav.toc .toc-list').isVisible(), false);
    const tocBox = await page.locator('nav.toc').boundingBox();
    const noteBox = await page.locator('article.note').boundingBox();
    assert.ok(tocBox && noteBox && tocBox.y < noteBox.y, 'the TOC sits above the note');

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('nav.toc a[href="#第-3-节"]').isVisible());

    await page.click('nav.toc a[href="#第-3-节"]');
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#第-3-节');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'following an entry closes the list');
    const top = await page.evaluate(() => document.getElementById('第-3-节')?.getBoundingClientRect().top ?? -1);
    assert.ok(top >= 0 && top < 120, `heading top ${top}`);

    await toggle.click();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('nav.toc .toc-list').isVisible(), false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await page.close();
  });

  test('without scripts the narrow-screen list stays open', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/long/`);
    assert.equal(await page.locator('button[data-toc-toggle]').isVisible(), false);
    assert.ok(await page.locator('nav.toc a[href="#第-3-节"]').isVisible());
    await context.close();
  });
});
