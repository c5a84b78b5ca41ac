// The fixture note in real Chromium: copying a marked block, code-group tabs by
// keyboard and remembered on the next page, the footnote popover by keyboard,
// details opened for printing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { browserSkip } from '../../helpers/browser';
import { builtSiteInBrowser } from '../../helpers/browser-site';
import { note } from '../../helpers/site';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'every-construct.md'), 'utf8');
const second = note({ title: '第二篇', id: 'second' }, '::: code-group\n\n```sh [pip]\npip install x\n```\n\n```sh [docker]\ndocker run x\n```\n\n:::\n');
// A note written for NexT: its {% tabs %} are a code group with a panel per tab.
const migrated = note(
  { title: '迁移的笔记', id: 'migrated' },
  ['{% tabs 安装方式, 2 %}', '<!-- tab pip -->', '用 **pip** 安装', '<!-- endtab -->', '<!-- tab docker @fab fa-docker -->', '用 docker 运行', '<!-- endtab -->', '{% endtabs %}'].join('\n'),
);

describe('callouts, code lines and footnotes in the browser', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({ files: { '_posts/every.md': fixture, '_posts/second.md': second, '_posts/migrated.md': migrated }, clipboard: true });

  test('copy gives the code as it should be run: notation gone, removed lines left out; a diff stays a diff', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/every-construct/`);
    const copy = async (lang: string, nth = 0): Promise<string> => {
      await page.locator(`.note-body > figure.code-block[data-lang="${lang}"]`).nth(nth).locator('button[data-copy]').click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    assert.equal(await copy('ts'), 'let x = 2;\nconsole.log(x);');
    assert.equal(await copy('bash'), 'pip install torch==2.4');
    assert.equal(await copy('diff'), '-old line\n+new line\n same line');
    assert.equal(await copy('js'), 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;');
    await page.close();
  });

  test('line numbers are neither selected nor copied; the wrap toggle wraps', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/every-construct/`);
    const numbered = page.locator('figure[data-line-numbers] pre code');
    const selected = await numbered.evaluate((code) => {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    assert.ok(!/^\d/.test(selected), selected);
    assert.equal(await numbered.locator('.line').first().evaluate((el) => getComputedStyle(el, '::before').content), 'counter(line)');
    const wrap = page.locator('button[data-wrap-toggle]');
    await wrap.click();
    assert.equal(await wrap.getAttribute('aria-pressed'), 'true');
    assert.equal(await wrap.locator('xpath=ancestor::figure//pre').evaluate((pre) => getComputedStyle(pre).whiteSpace), 'pre-wrap');
    await page.close();
  });

  test('code-group tabs: arrow keys select, the choice is remembered on another page', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/every-construct/`);
    const tabs = page.locator('.code-group [role="tab"]');
    const visible = () => page.locator('.code-group > figure:not([hidden])').getAttribute('data-title');
    assert.equal(await visible(), 'pip');
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await visible(), 'conda');
    await page.keyboard.press('ArrowRight');
    assert.equal(await visible(), 'docker');
    assert.equal(await tabs.nth(2).getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'docker');
    await page.goto(`${server.url}/second/`);
    assert.equal(await visible(), 'docker');
    await page.locator('.code-group [role="tab"]').first().focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.goto(`${server.url}/every-construct/`);
    assert.equal(await visible(), 'pip');
    await page.close();
  });

  test('a theme’s {% tabs %}: one panel shows, the tabs pick it, the choice is shared with code groups', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/migrated/`);
    // Nothing remembered: the tab the note names (`, 2`) shows first.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const tabs = page.locator('.code-group [role="tab"]');
    const shown = () => page.locator('.code-group > .code-group-panel:not([hidden])');
    assert.deepEqual(await tabs.allTextContents(), ['pip', 'docker']);
    assert.equal(await shown().getAttribute('data-title'), 'docker');
    await tabs.first().click();
    assert.equal(await shown().count(), 1);
    assert.equal(await shown().getAttribute('role'), 'tabpanel');
    assert.equal(await shown().locator('strong').textContent(), 'pip');
    await tabs.nth(1).click();
    assert.equal(await shown().textContent().then((text) => text?.trim()), '用 docker 运行');
    assert.equal(await tabs.nth(1).getAttribute('aria-controls'), await shown().getAttribute('id'));
    await page.goto(`${server.url}/second/`);
    assert.equal(await page.locator('.code-group > figure:not([hidden])').getAttribute('data-title'), 'docker');
    await page.close();
  });

  test('scripts off: every block of a group shows, no tabs', async () => {
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${server.url}/every-construct/`);
    // The bundle did not run; the layout's inline script marked the page as scripted, which it is not now.
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    assert.equal(await page.locator('.code-group > figure:visible').count(), 3);
    assert.equal(await page.locator('.code-group-tabs').isVisible(), false);
    await page.close();
  });

  test('footnote popover: focusing a reference shows the footnote, Escape hides it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/every-construct/`);
    await page.locator('#fnref-2').focus();
    const popover = page.locator('.footnote-popover');
    // footnotes.ts loads after the page, and shows the popover for a reference focused before.
    await popover.waitFor({ state: 'visible' });
    assert.equal((await popover.textContent())?.trim(), '论文 Attention Is All You Need。');
    assert.equal(await page.locator('#fnref-2').getAttribute('aria-describedby'), 'footnote-popover');
    await page.keyboard.press('Escape');
    assert.equal(await popover.isVisible(), false);
    await page.close();
  });

  test('details open when printing and close after', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/every-construct/`);
    const details = page.locator('details.callout');
    assert.equal(await details.getAttribute('open'), null);
    // The print media query's change event comes with the next rendering update: let it come
    // before the next step, as it does around a real print, not after it.
    const settle = () => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    await page.emulateMedia({ media: 'print' });
    await settle();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await details.getAttribute('open'), '');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await settle();
    assert.equal(await details.getAttribute('open'), null);
    await page.close();
  });
});
