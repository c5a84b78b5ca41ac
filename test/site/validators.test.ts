// Every kind of page of one fixture site through axe-core (in Chromium, light
// and dark, wide and narrow) and the Nu Html Checker (vnu.jar, on the built
// files): no WCAG 2.1 A/AA or best-practice violation, no HTML error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip } from '../helpers/browser';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { javaSkip, nuErrors } from '../helpers/nu';
import { note } from '../helpers/site';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FORMULAS = note(
  { title: '公式与图表', id: 'formulas', tags: ['AI'] },
  ['## 公式', '', '注意力 $\\mathrm{softmax}(QK^T)$：', '', '$$', 'E = mc^2', '$$', '', '## 图表', '', '```mermaid', 'graph TD', '  A --> B', '```'].join('\n'),
);

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** A note written for other themes: their blocks, inline tags and {% link %} forms, old HTML and an embedded player. */
const MIGRATED = note(
  { title: '迁移的笔记', id: 'migrated', tags: ['AI'] },
  [
    '{% timeline 更新日志,blue %}',
    '<!-- timeline 2024-01 -->',
    '**发布** 1.0',
    '<!-- endtimeline -->',
    '{% endtimeline %}',
    '',
    '问题 {% hideInline 答案是 42,查看答案 %} 其余，{% emp 着重 %}、{% wavy 波浪 %}、{% psw 剧透 %}、{% span red, 红色 %}、{% span green, 绿色 %}、{% span blue, 蓝色 %}、{% span yellow, 黄色 %}、{% span gray, 灰色 %}。',
    '',
    '{% p center large, 居中的段落 %}',
    '',
    '{% cq %}',
    '人生乃是一面镜子',
    '{% endcq %}',
    '',
    '{% gallery %}',
    '![图 1：第一张](/img/one.png)',
    '![第二张](/img/one.png)',
    '{% endgallery %}',
    '',
    '{% folding open, 折叠的代码 %}',
    '```bash',
    'make',
    '```',
    '{% endfolding %}',
    '',
    '<p align="center"><img src="/img/one.png" width="120" border="0"></p>',
    '',
    '<iframe src="//player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1"></iframe>',
    '',
    '{% link 糖果屋教程贴, https://akilar.top/posts/615e2dec/, https://cdn.example.com/favicon.ico %}',
    '',
    'Hexo 的 {% link 官网 https://hexo.io/ true 新窗口 %} 与 {% link 站内 /ai/ %}。',
    '',
    '{% note color:yellow 安装前 需要 **Docker** 环境 %}',
    '',
    '{% image /img/one.png 图 2 一张图 width:120px bg:#eee %}',
    '',
    '完成 :tada:，行内 \\( E = mc^2 \\)：',
    '',
    '\\[',
    'a^2 + b^2 = c^2',
    '\\]',
  ].join('\n'),
);

/** Page kinds: the URL, and what must be on the page before it is checked. */
const PAGES: [name: string, url: string, ready: string][] = [
  ['home', '/', 'main'],
  ['note with code, link cards and compose files', '/ai/', 'figure.code-file'],
  ['note with math and a diagram', '/formulas/', 'pre.mermaid[data-processed] svg'],
  ['note written for other themes', '/migrated/', '.note-timeline'],
  ['tag index', '/tags/', 'main'],
  ['tag', '/tags/AI/', 'main'],
  ['archive', '/archives/', 'main'],
  ['search with results', '/search/?q=%E6%A8%A1%E5%9E%8B', '[data-search-results] mark'],
  ['404', '/no-such-page/', 'main'],
];

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

// The pages carry a Content-Security-Policy: axe is injected as an inline script,
// so the contexts that run it bypass the policy (plugins/csp has its own browser tests).
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('validators over every page kind', { skip: browserSkip() }, () => {
  const built = builtSiteInBrowser({ projectSource: true, files: { '_posts/formulas.md': FORMULAS, '_posts/migrated.md': MIGRATED, 'img/one.png': PNG } });
  const { server, browser } = built;

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core: no WCAG 2.1 A/AA or best-practice violation, ${colorScheme}, at 1280 and 390 px`, async () => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const found: string[] = [];
      for (const width of [1280, 390]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        for (const [name, url, ready] of PAGES) {
          await page.goto(server.url + url);
          await page.waitForSelector(ready, { state: 'attached' });
          for (const violation of await axeViolations(page)) found.push(`${name} ${url} [${colorScheme}, ${width}px]: ${violation}`);
        }
        await page.close();
      }
      await context.close();
      assert.deepEqual(found, []);
    });
  }

  test('the header box open with results and tag chips: no axe violation, light and dark', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/`);
      await page.click('.search input[data-search-input]');
      await page.keyboard.type('模型');
      await page.waitForSelector('.search [data-search-facets]:not([hidden]) .search-tag');
      await page.keyboard.press('ArrowDown');
      for (const violation of await axeViolations(page)) found.push(`${colorScheme}: ${violation}`);
      await page.close();
    }
    assert.deepEqual(found, []);
  });

  test('the theme toggle switches to dark on the page, as prefers-color-scheme does', async () => {
    const page = await browser.newPage({ colorScheme: 'light', bypassCSP: true });
    await page.goto(`${server.url}/search/?q=%E6%A8%A1%E5%9E%8B`);
    await page.waitForSelector('[data-search-results] mark');
    await page.click('button[data-theme-toggle]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  test('the copy button copies the note as Markdown', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/ai/`);
    await page.click('button[data-copy-markdown]');
    await page.waitForSelector('button[data-copy-markdown][data-state="copied"]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await (await fetch(`${server.url}/ai/index.md`)).text());
    assert.ok(copied.startsWith('## 大模型'));
    await context.close();
  });

  test('the Nu Html Checker finds no error in the same pages', { skip: javaSkip() }, async () => {
    const files = PAGES.map(([, url]) => (url === '/no-such-page/' ? '404.html' : `${url.split('?')[0]}index.html`.slice(1)));
    const errors = await nuErrors(built.publicDir, files);
    assert.deepEqual(errors, []);
  });
});
