// Butterfly's {% hideInline %} in real Chromium: hidden behind its button until
// clicked (focus then on the text); shown, without the button, when scripts are off.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip } from '../../helpers/browser';
import { builtSiteInBrowser } from '../../helpers/browser-site';
import { note } from '../../helpers/site';

const body = '问题：生命的意义？{% hideInline 答案是 42,查看答案 %} 其余的文字。';

describe("Butterfly's hideInline in the browser", { skip: browserSkip() }, () => {
  const { server, browser } = builtSiteInBrowser({ files: { '_posts/hide.md': note({ title: 'hide', id: 'hide' }, body) } });

  test('the button shows the text and hands it the focus; it loads css/blocks.css', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/hide/`);
    const content = page.locator('.note-hide-inline-content');
    const button = page.getByRole('button', { name: '查看答案' });
    await button.waitFor();
    assert.equal(await content.isVisible(), false);
    await button.click();
    await page.waitForSelector('.note-hide-inline[data-open]');
    assert.equal(await content.isVisible(), true);
    assert.equal(await button.isVisible(), false);
    assert.equal(await content.evaluate((el) => el === document.activeElement), true);
    assert.equal(await page.locator('.note-hide-inline-button').getAttribute('aria-expanded'), 'true');
    await page.close();
  });

  test('without scripts, and on paper, the text is shown and the button is not', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/hide/`);
    assert.equal(await page.locator('.note-hide-inline-content').isVisible(), true);
    assert.equal(await page.locator('.note-hide-inline-button').isVisible(), false);
    await context.close();
    const printed = await browser.newPage();
    await printed.goto(`${server.url}/hide/`);
    await printed.emulateMedia({ media: 'print' });
    assert.equal(await printed.locator('.note-hide-inline-content').isVisible(), true);
    await printed.close();
  });
});
