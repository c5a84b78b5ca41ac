// A link card in real Chromium: reached with Tab, with a visible focus outline
// drawn by the theme, in light and dark.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { note } from '../helpers/site';

describe('link cards in the browser', { skip: browserSkip() }, () => {
  const { server, browser } = builtSiteInBrowser({
    files: { '_posts/cards.md': note({ title: 'Cards', id: 'cards' }, '项目地址：[LongChain](https://github.com/langchain-ai/langchain)\n\nAfter the card.') },
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the card is reached with Tab and shows a focus outline (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
      await page.goto(`${server.url}/cards/`);
      const card = page.locator('a.link-card');
      const unfocused = await card.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.equal(unfocused, 'none');
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await card.evaluate((el) => document.activeElement === el);
      }
      assert.ok(reached, 'Tab reaches the card');
      const style = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, bg: getComputedStyle(document.body).backgroundColor, visible: el.matches(':focus-visible') };
      });
      assert.equal(style.visible, true);
      assert.equal(style.style, 'solid');
      assert.ok(style.width >= 2, `outline ${style.width}px`);
      assert.notEqual(style.color, style.bg);
      const box = await card.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 40, 'the whole card is the link');
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }
});
