// The harness's measuring side on tiny inputs: Hexo runs through the RSS wrapper,
// incremental builds and hexo server really carry an edit, and the Chromium
// measurements count the right responses and drive a (stub) search engine.
// No timing is asserted: only that each measurement measured what it names.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { codeWeight, firstSearch, loadPage, timeSearch } from '../../bench/browser';
import { coldBuild, incrementalBuild, indexBuildMs, runHexo, startServer } from '../../bench/hexo-run';
import { TIMING_ENV } from '../../plugins/search/routes';
import { launchBrowser, serveStatic, type StaticServer } from '../../tools/chromium';
import { browserSkip } from '../helpers/browser';
import { makeSite, note } from '../helpers/site';

const NOTE = path.join('source', '_posts', 'ai.md');

describe('bench: Hexo runs', () => {
  let dir: string;
  before(() => {
    dir = makeSite({
      files: {
        '_posts/ai.md': note({ title: '大模型', id: 'ai' }, '## 简介\n\n大语言模型的笔记。\n'),
        '_posts/other.md': note({ title: '其他', id: 'other' }, '另一篇笔记。\n'),
      },
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a cold build reports wall time, the peak RSS and CPU time of the Hexo process and of its main thread, and the index\'s CPU time', async () => {
    const r = await coldBuild(dir, { env: { [TIMING_ENV]: '1' } });
    assert.ok(r.wallMs > 0);
    // A Node process running Hexo holds tens of MB at least; 0 or NaN would mean the wrapper failed.
    assert.ok(r.rssMB > 20 && r.rssMB < 4096, `rss ${r.rssMB}`);
    assert.ok(r.cpuMs > 0, `cpu ${r.cpuMs}`);
    // The main thread does most of a small build, but the GC, file and index threads do some of it.
    if (fs.existsSync('/proc/self/task')) assert.ok(r.mainCpuMs > 0.3 * r.cpuMs && r.mainCpuMs < r.cpuMs, `main thread ${r.mainCpuMs} of ${r.cpuMs} ms`);
    else assert.ok(Number.isNaN(r.mainCpuMs));
    const indexMs = indexBuildMs(r.output);
    assert.ok(indexMs !== null && indexMs >= 0 && indexMs < r.cpuMs, `index ${indexMs} of ${r.cpuMs} ms`);
    assert.match(r.output, /search: index built in [\d.]+ ms, [\d.]+ ms of CPU \(2 notes, 2 gathered anew, \d+ files, on the worker thread\)/);
    assert.ok(fs.existsSync(path.join(dir, 'public', 'ai', 'index.html')));
  });

  test('an incremental build shows the edit and leaves the note as it was', async () => {
    const before = fs.readFileSync(path.join(dir, NOTE), 'utf8');
    const r = await incrementalBuild(dir, NOTE, '/ai/', 'test');
    assert.ok(r.wallMs > 0);
    assert.match(fs.readFileSync(path.join(dir, 'public', 'ai', 'index.html'), 'utf8'), /benchedittest[a-z0-9]+/);
    assert.equal(fs.readFileSync(path.join(dir, NOTE), 'utf8'), before);
  });

  test('hexo server serves a saved edit, and stops', async () => {
    const server = await startServer(dir, NOTE, '/ai/');
    try {
      const ms = await server.saveAndWait('srv');
      assert.ok(Number.isFinite(ms) && ms > 0);
    } finally {
      await server.stop();
    }
  });

  test('a failing Hexo command throws with what Hexo said', async () => {
    const broken = makeSite({});
    try {
      fs.appendFileSync(path.join(broken, '_config.yml'), '\nbroken: [unclosed\n');
      await assert.rejects(runHexo(broken, ['generate']), /`hexo generate` in .* failed/);
      fs.rmSync(path.join(broken, 'package.json'));
      fs.writeFileSync(path.join(broken, 'package.json'), '{}');
      await assert.rejects(runHexo(broken, ['generate']), /not a Hexo site/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('bench: Chromium measurements', { skip: browserSkip() }, () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  const files: Record<string, string> = {
    'ai/index.html':
      '<!doctype html><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/css/style.css"><script type="module" src="/js/main.js"></script><input type="text" data-search-input><p>正文</p>',
    'css/style.css': 'body { color: #222; } '.repeat(50),
    // The search code spells markup (as real search code does for <mark>); only what it fetches counts.
    'js/main.js':
      "const mark = '<mark>'; document.querySelector('input').addEventListener('focus', () => { import('/js/results.js'); fetch(location.pathname.startsWith('/html') ? '/other/' : '/search.json'); }, { once: true });",
    'js/results.js': "export const render = (t) => '<mark>' + t + '</mark>';",
    'html/index.html': '<!doctype html><script type="module" src="/js/main.js"></script><input type="text" data-search-input>',
    'other/index.html': '<!doctype html><p>a whole page</p>',
    'search.json': JSON.stringify([{ title: '大模型', text: '微调 与 RAG' }, { title: 'Docker', text: 'nginx 部署' }]),
    'plain/index.html': '<!doctype html><p>no search here</p>',
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-browser-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    server = await serveStatic(root);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const gz = (rel: string) => gzipSync(Buffer.from(files[rel] ?? ''), { level: 9 }).length;

  test('page weight is the gzip size of the HTML, JS and CSS the page requested', async () => {
    const load = await loadPage(browser, `${server.url}/ai/`);
    assert.deepEqual(load.transfers.map((t) => new URL(t.url).pathname).sort(), ['/ai/', '/css/style.css', '/js/main.js']);
    assert.equal(codeWeight(load.transfers, false), gz('ai/index.html') + gz('css/style.css') + gz('js/main.js'));
    assert.deepEqual(load.foreign, []);
  });

  test('the first search records what focusing and typing downloads, and flags HTML', async () => {
    const json = await firstSearch(browser, `${server.url}/ai/`, '微调');
    assert.deepEqual(json?.transfers.map((t) => new URL(t.url).pathname).sort(), ['/js/results.js', '/search.json']);
    assert.deepEqual(json?.htmlResponses, []);
    const html = await firstSearch(browser, `${server.url}/html/`, '微调');
    assert.deepEqual(html?.htmlResponses, ['/other/']);
    assert.equal(await firstSearch(browser, `${server.url}/plain/`, '微调'), null);
  });

  test('queries run through the engine module against the served index', async () => {
    // A stub standing in for themes/notes/browser/search/query.ts, written here only.
    const engine = path.join(root, 'stub-engine.ts');
    fs.writeFileSync(
      engine,
      [
        'type Doc = { title: string; text: string };',
        'export async function openIndex(url: string) {',
        '  const docs = (await (await fetch(url)).json()) as Doc[];',
        '  return { search: (q: string) => docs.filter((d) => (d.title + d.text).includes(q)) };',
        '}',
      ].join('\n'),
    );
    const timing = await timeSearch(browser, server.url, root, engine, 'search.json', ['微调', 'nginx', '没有的词'], 2);
    assert.equal(timing.times.length, 6);
    assert.ok(timing.times.every((t) => Number.isFinite(t) && t >= 0));
    assert.deepEqual(timing.empty, ['没有的词']);
    assert.equal(timing.indexBytes, Buffer.byteLength(files['search.json'] ?? ''));
  });

  test('an engine module without openIndex is reported, not timed', async () => {
    const engine = path.join(root, 'not-an-engine.ts');
    fs.writeFileSync(engine, 'export const nothing = 1;\n');
    await assert.rejects(timeSearch(browser, server.url, root, engine, 'search.json', ['x'], 1), /does not export openIndex/);
  });
});
