// Diagrams and formulas in real Chromium: diagrams become SVG in both themes and
// redraw on toggle; a broken diagram shows its error in place; KaTeX's stylesheet
// and fonts load on pages with math; pages without either load neither library.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { note } from '../helpers/site';

const DIAGRAMS = [
  '流程：',
  '',
  '```mermaid',
  'graph TD',
  '  A[开始<br>第二行] --> B{判断}',
  '  B -->|是| C[结束]',
  '```',
  '',
  '~~~mermaid',
  'classDiagram',
  '  Animal <|-- Duck',
  '~~~',
  '',
  '```mermaid',
  'graph TD',
  '  A -->> -->',
  '```',
  '',
  '图后的文字。',
].join('\n');

describe('diagrams and formulas in the browser', { skip: browserSkip() }, () => {
  const { server, browser } = builtSiteInBrowser({
    files: {
      '_posts/diagrams.md': note({ title: '图', id: 'diagrams' }, DIAGRAMS),
      '_posts/formulas.md': note({ title: '公式', id: 'formulas' }, '质能 $E = mc^2$，以及\n\n$$\n\\sum_{i=1}^{n} \\mathcal{O}(i^2)\n$$'),
      '_posts/plain.md': note({ title: '纯文本', id: 'plain' }, '没有图，也没有公式：$5 and $10。'),
    },
  });

  /** Opens a page, recording page errors and failed responses. */
  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.url}${path}`);
    return { page, problems };
  }

  const svgs = (page: Page): Promise<string[]> =>
    page.$$eval('pre.mermaid', (blocks) => blocks.map((b) => b.querySelector(':scope > svg')?.outerHTML ?? ''));

  test('each diagram becomes an SVG in the light theme; the broken one shows its error and source', async () => {
    const { page, problems } = await open('/diagrams/');
    await page.waitForSelector('pre.mermaid[data-processed="light"] >> nth=2');
    const drawn = await svgs(page);
    assert.ok(drawn[0]?.includes('开始') && drawn[0].includes('第二行'), 'flowchart labels');
    assert.ok(drawn[1]?.includes('Animal') && drawn[1].includes('Duck'), 'class diagram');
    assert.equal(drawn[2], '');
    const broken = page.locator('pre.mermaid.mermaid-error');
    assert.match((await broken.locator('.mermaid-message').textContent()) ?? '', /^图表有语法错误: /);
    assert.equal(await broken.locator('code.mermaid-source').textContent(), 'graph TD\n  A -->> -->');
    assert.ok(await page.getByText('图后的文字。').isVisible());
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('diagrams are drawn dark on a dark page and redraw when the reader toggles the theme', async () => {
    const { page, problems } = await open('/diagrams/', 'dark');
    await page.waitForSelector('pre.mermaid[data-processed="dark"] >> nth=2');
    const dark = await svgs(page);
    assert.ok(dark[0]?.startsWith('<svg'));
    await page.click('button[data-theme-toggle]');
    await page.waitForSelector('pre.mermaid[data-processed="light"] >> nth=2');
    const light = await svgs(page);
    assert.ok(light[0]?.startsWith('<svg'));
    assert.notEqual(light[0], dark[0]);
    await page.click('button[data-theme-toggle]');
    await page.waitForSelector('pre.mermaid[data-processed="dark"] >> nth=2');
    assert.ok((await svgs(page))[1]?.startsWith('<svg'));
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('a page with math loads the KaTeX stylesheet and its fonts, and no JavaScript for it', async () => {
    server.requests.length = 0;
    const { page, problems } = await open('/formulas/');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const requests = server.requests.filter((r) => r.startsWith('/vendor/'));
    assert.ok(requests.includes('/vendor/katex/katex.min.css'));
    assert.ok(requests.some((r) => /^\/vendor\/katex\/fonts\/KaTeX_Main-Regular\.woff2$/.test(r)), requests.join('\n'));
    assert.ok(!requests.some((r) => r.includes('mermaid')));
    assert.ok(!requests.some((r) => r.endsWith('.js') && r.includes('katex')));
    const loaded = await page.evaluate(() => document.fonts.check('16px KaTeX_Main'));
    assert.equal(loaded, true);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('a page without diagrams or math requests neither library', async () => {
    server.requests.length = 0;
    const { page, problems } = await open('/plain/');
    await page.waitForLoadState('networkidle');
    assert.ok(server.requests.includes('/plain/'), server.requests.join(' '));
    assert.deepEqual(
      server.requests.filter((r) => r.includes('katex') || r.includes('mermaid')),
      [],
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
