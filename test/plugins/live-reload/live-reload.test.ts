// `hexo server` for real, a page open in Chromium, a note edited on disk.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../../tools/chromium';
import { browserSkip } from '../../helpers/browser';
import { startServer, type Server } from '../../helpers/server';
import { makeSite, note, openSite, runHexo } from '../../helpers/site';
import { clientScript, injectScript } from '../../../plugins/live-reload/client';

test('the script goes before </body>, or at the end without one', () => {
  assert.equal(injectScript('<body>x</body></html>', '/s.js'), '<body>x<script src="/s.js" defer></script></body></html>');
  assert.equal(injectScript('x', '/s.js'), 'x<script src="/s.js" defer></script>');
  assert.match(clientScript('/sub/'), /new EventSource\("\/sub\/__livereload"\)/);
});

describe('live reload in hexo server', { skip: browserSkip() }, () => {
  const dir = makeSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'first version') } });
  const file = path.join(dir, 'source/_posts/a.md');
  const other = path.join(dir, 'source/_posts/z.md');
  let server: Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startServer(dir);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${server.url}/a/`);
    await page.waitForSelector('html[data-livereload="connected"]');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('saving a note reloads the open page', async () => {
    assert.match(await page.locator('.note-body').innerText(), /first version/);
    const reloaded = page.waitForEvent('load');
    fs.writeFileSync(file, note({ title: 'A', id: 'a' }, 'second version'));
    await reloaded;
    await page.waitForSelector('html[data-livereload="connected"]');
    assert.match(await page.locator('.note-body').innerText(), /second version/);
  });

  test('a note that fails to render: error with file and line, the page keeps its last good version', async () => {
    // A block tag never closed: Nunjucks cannot render the note.
    fs.writeFileSync(file, note({ title: 'A', id: 'a' }, 'third version\n\n{% codeblock %}'));
    const box = page.locator('#livereload-problems');
    await box.waitFor();
    assert.match(await box.innerText(), /source\/_posts\/a\.md:10: .*\{% codeblock %\}/);
    assert.match(server.output, /ERROR source\/_posts\/a\.md:10: failed to render/);
    await page.reload();
    assert.match(await page.locator('.note-body').innerText(), /second version/);
    assert.doesNotMatch(await page.locator('.note-body').innerText(), /third version/);
  });

  test('fixing it reloads the page with the new version', async () => {
    await page.waitForSelector('html[data-livereload="connected"]');
    const reloaded = page.waitForEvent('load');
    fs.writeFileSync(file, note({ title: 'A', id: 'a' }, 'fourth version'));
    await reloaded;
    assert.match(await page.locator('.note-body').innerText(), /fourth version/);
    await page.waitForSelector('html[data-livereload-problems="0"]');
    assert.equal(await page.locator('#livereload-problems').count(), 0);
  });

  /** Saves a file (or removes it) and waits for the open page to reload and hear the problems. */
  async function saveAndReload(target: string, content: string | null): Promise<void> {
    await page.waitForSelector('html[data-livereload="connected"]');
    const reloaded = page.waitForEvent('load');
    if (content === null) fs.rmSync(target);
    else fs.writeFileSync(target, content);
    await reloaded;
    await page.waitForSelector('html[data-livereload-problems]');
  }

  test('front matter that is not valid YAML: the 404 page with an error box naming file and line', async () => {
    await saveAndReload(file, '---\ntitle: A\nid: a\ntags: [x\n---\n\nfifth version\n');
    const box = page.locator('#livereload-problems');
    assert.equal(await box.getAttribute('data-level'), 'error');
    assert.match(await box.innerText(), /error: source\/_posts\/a\.md:4: the front matter is not valid YAML/);
    assert.equal(await page.locator('h1.page-title').count(), 1, 'the site\'s 404 page');
    assert.equal(await page.locator('.note-body').count(), 0);
  });

  test('fixing the front matter: the box is gone and the note is back', async () => {
    await saveAndReload(file, note({ title: 'A', id: 'a' }, 'sixth version'));
    assert.match(await page.locator('.note-body').innerText(), /sixth version/);
    assert.equal(await page.getAttribute('html', 'data-livereload-problems'), '0');
    assert.equal(await page.locator('#livereload-problems').count(), 0);
  });

  test('a new note whose front matter is not valid YAML is reported too', async () => {
    await saveAndReload(other, '---\ntitle: "unclosed\n---\n\nnew\n');
    assert.match(await page.locator('#livereload-problems').innerText(), /error: source\/_posts\/z\.md:2: the front matter is not valid YAML/);
    assert.match(await page.locator('.note-body').innerText(), /sixth version/);
  });

  test('a duplicate id: the box names both files', async () => {
    await saveAndReload(other, note({ title: 'Z', id: 'a' }, 'same id'));
    const text = await page.locator('#livereload-problems').innerText();
    assert.match(text, /error: source\/_posts\/z\.md:5: id "a" is also the id of source\/_posts\/a\.md/);
    assert.match(await page.locator('.note-body').innerText(), /sixth version/);
    await saveAndReload(other, null);
    assert.equal(await page.locator('#livereload-problems').count(), 0);
  });

  test('a front-matter warning is shown marked as a warning', async () => {
    await saveAndReload(file, note({ title: 'A', id: 'a', no_toc: 'sometimes' }, 'seventh version'));
    const box = page.locator('#livereload-problems');
    assert.equal(await box.getAttribute('data-level'), 'warn');
    assert.match(await box.innerText(), /1 warning in notes\nwarning: source\/_posts\/a\.md:6: front matter "no_toc" is "sometimes"/);
    assert.match(await page.locator('.note-body').innerText(), /seventh version/);
  });

  test('a dead internal link is shown in the box with its line; fixing it removes it', async () => {
    await saveAndReload(file, note({ title: 'A', id: 'a' }, '[坏链接](/docker/)'));
    assert.match(await page.locator('#livereload-problems').innerText(), /warning: source\/_posts\/a\.md:8: dead link "坏链接" → \/docker\/: no page at \/docker\//);
    await saveAndReload(file, note({ title: 'A', id: 'a' }, '[好链接](/a/)'));
    assert.equal(await page.locator('#livereload-problems').count(), 0);
  });

  test('hexo generate writes nothing of it', async () => {
    const site = openSite(dir, await runHexo(dir, ['generate']));
    assert.equal(site.code, 0, site.output);
    for (const rel of ['index.html', 'a/index.html']) assert.doesNotMatch(site.read(rel), /livereload/);
    assert.ok(!site.exists('__livereload.js'));
  });
});
