// What a page with diagrams downloads, in real Chromium: mermaid 12 lays out
// flowcharts with ELK unless told otherwise, and its ELK chunk alone is 500 kB
// gzip. A page fetches ELK only when one of its diagrams asks for it, every
// common diagram type still draws, and a flowchart page stays under a byte bound.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { mermaidDistDir } from '../../plugins/mermaid/vendor';
import { launchBrowser, serveStatic, type StaticServer } from '../../tools/chromium';
import { browserSkip } from '../helpers/browser';
import { buildSite, note, type Site } from '../helpers/site';

/**
 * gzip bytes of mermaid (entry and chunks) a flowchart-only page may download.
 * Measured: 252,100 (mermaid 12.3.0: the entry's static imports, the flowchart
 * chunks and dagre; gzip -9 of each file); with ELK it was 747,911.
 */
const FLOWCHART_MERMAID_GZIP_BOUND = 320_000;

const fence = (diagram: string): string => ['```mermaid', diagram, '```', ''].join('\n');

const FLOWCHART = fence('graph LR\n  A[客户端] --> B[网关]\n  B --> C{队列是否已满}\n  C -- 否 --> D[推理进程]\n  C -- 是 --> E[返回 429]');

const ALL_TYPES: Record<string, string> = {
  flowchart: 'flowchart TD\n  A[开始] --> B{判断}\n  B -->|是| C[结束]',
  sequence: 'sequenceDiagram\n  客户端->>网关: 请求\n  网关-->>客户端: 响应',
  class: 'classDiagram\n  Animal <|-- Duck\n  Animal : +int age',
  state: 'stateDiagram-v2\n  [*] --> 排队\n  排队 --> 推理\n  推理 --> [*]',
  gantt: 'gantt\n  title 计划\n  dateFormat YYYY-MM-DD\n  section 阶段\n  训练 :a1, 2024-01-01, 3d\n  评估 :after a1, 2d',
  pie: 'pie title 显存\n  "权重" : 60\n  "KV 缓存" : 40',
  mindmap: 'mindmap\n  root((大模型))\n    训练\n    推理',
  er: 'erDiagram\n  USER ||--o{ NOTE : writes',
};

const ASKS_FOR_ELK = fence('---\nconfig:\n  layout: elk\n---\nflowchart LR\n  A --> B');

/** The served path of a chunk of the installed mermaid, by name (so this test follows its hash). */
function mermaidChunk(name: string): string {
  const dir = path.join(mermaidDistDir(), 'chunks', 'mermaid.esm.min');
  const file = fs.readdirSync(dir).find((n) => n.startsWith(`${name}-`) && /^[A-Z0-9]+\.mjs$/.test(n.slice(name.length + 1)));
  assert.ok(file, `no ${name}-*.mjs chunk in ${dir}: mermaid's build changed, update this test`);
  return `/vendor/mermaid/chunks/mermaid.esm.min/${file}`;
}

describe('diagram page weight in the browser', { skip: browserSkip() }, () => {
  let site: Site;
  let server: StaticServer;
  let browser: Browser;
  let elk: string;
  let coseBilkent: string;

  before(async () => {
    elk = mermaidChunk('elk');
    coseBilkent = mermaidChunk('cose-bilkent');
    site = await buildSite({
      files: {
        '_posts/flowchart.md': note({ title: '流程图', id: 'flowchart' }, `请求的路径：\n\n${FLOWCHART}`),
        '_posts/all-types.md': note({ title: '各种图', id: 'all-types' }, Object.values(ALL_TYPES).map(fence).join('\n')),
        '_posts/elk.md': note({ title: 'ELK 布局', id: 'elk' }, ASKS_FOR_ELK),
        '_posts/flowchart-elk.md': note({ title: 'flowchart-elk', id: 'flowchart-elk' }, fence('flowchart-elk LR\n  A --> B')),
        '_posts/mindmap.md': note({ title: '思维导图', id: 'mindmap' }, fence(ALL_TYPES.mindmap ?? '')),
      },
    });
    assert.deepEqual(site.errors, []);
    server = await serveStatic(site.publicDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  /** Opens a page and waits until each of its `count` diagrams is drawn in `theme`. */
  async function openDrawn(url: string, count: number, theme = 'light'): Promise<{ page: Page; problems: string[] }> {
    server.requests.length = 0;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`foreign ${r.url()}`));
    await page.goto(`${server.url}${url}`);
    // A layout chunk is fetched while its diagram is drawn, so every request is made by then.
    await page.waitForSelector(`pre.mermaid[data-processed="${theme}"] >> nth=${count - 1}`);
    return { page, problems };
  }

  const mermaidRequests = (): string[] => server.requests.filter((r) => r.startsWith('/vendor/mermaid/'));

  const gzipBytes = (requests: readonly string[]): number =>
    [...new Set(requests)].reduce((sum, r) => sum + gzipSync(fs.readFileSync(path.join(site.publicDir, r)), { level: 9 }).length, 0);

  const drawnSvgs = (page: Page): Promise<boolean[]> =>
    page.$$eval('pre.mermaid', (blocks) => blocks.map((b) => b.querySelector(':scope > svg') !== null && !b.classList.contains('mermaid-error')));

  test('a flowchart-only page draws an SVG, never requests ELK, and stays under the byte bound, also after a theme change', async () => {
    const { page, problems } = await openDrawn('/flowchart/', 1);
    assert.deepEqual(await drawnSvgs(page), [true]);
    assert.ok(((await page.locator('pre.mermaid svg').textContent()) ?? '').includes('队列是否已满'));
    await page.click('button[data-theme-toggle]');
    await page.waitForSelector('pre.mermaid[data-processed="dark"]');
    assert.deepEqual(await drawnSvgs(page), [true]);
    const requests = mermaidRequests();
    assert.ok(requests.includes('/vendor/mermaid/mermaid.esm.min.mjs'), requests.join('\n'));
    assert.ok(!requests.includes(elk), `the flowchart page requested ${elk}`);
    const bytes = gzipBytes(requests);
    assert.ok(bytes < FLOWCHART_MERMAID_GZIP_BOUND, `mermaid on a flowchart page: ${bytes} bytes gzip, bound ${FLOWCHART_MERMAID_GZIP_BOUND}:\n${requests.join('\n')}`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('flowchart, sequence, class, state, gantt, pie, mindmap and ER diagrams all draw, without ELK', async () => {
    const count = Object.keys(ALL_TYPES).length;
    const { page, problems } = await openDrawn('/all-types/', count);
    const drawn = await drawnSvgs(page);
    assert.deepEqual(
      Object.keys(ALL_TYPES).filter((_, i) => !drawn[i]),
      [],
      'diagrams that did not draw',
    );
    assert.ok(!mermaidRequests().includes(elk), 'a page whose diagrams do not ask for ELK requested it');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  for (const [url, how] of [
    ['/elk/', 'in its front matter'],
    ['/flowchart-elk/', 'as flowchart-elk'],
  ] as const) {
    test(`a diagram that asks for the ELK layout ${how} gets it`, async () => {
      const { page, problems } = await openDrawn(url, 1);
      assert.deepEqual(await drawnSvgs(page), [true]);
      assert.ok(mermaidRequests().includes(elk), mermaidRequests().join('\n'));
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test('the theme setting mermaid.layout: elk lays out a flowchart with ELK', async () => {
    const elkSite = await buildSite({
      config: { theme_config: { mermaid: { layout: 'elk' } } },
      files: { '_posts/flowchart.md': note({ title: '流程图', id: 'flowchart' }, FLOWCHART) },
    });
    const elkServer = await serveStatic(elkSite.publicDir);
    try {
      assert.equal(elkSite.$('flowchart/index.html')('meta[name="mermaid-module"]').attr('data-layout'), 'elk');
      const page = await browser.newPage();
      await page.goto(`${elkServer.url}/flowchart/`);
      await page.waitForSelector('pre.mermaid[data-processed="light"]');
      assert.deepEqual(await drawnSvgs(page), [true]);
      assert.ok(elkServer.requests.includes(elk), elkServer.requests.join('\n'));
      await page.context().close();
    } finally {
      await elkServer.close();
      elkSite.remove();
    }
  });

  test('a mindmap keeps the layout mermaid gives it (cose-bilkent), not the site default', async () => {
    const { page, problems } = await openDrawn('/mindmap/', 1);
    assert.deepEqual(await drawnSvgs(page), [true]);
    const requests = mermaidRequests();
    assert.ok(requests.includes(coseBilkent), requests.join('\n'));
    assert.ok(!requests.includes(elk));
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
