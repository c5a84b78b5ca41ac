// `hexo images` against a server on 127.0.0.1 (PNG, JPEG, WebP, an SVG, an HTML
// page under a .png URL, an oversized image, a redirect loop, a 404, a server
// slower than the timeout); then, with that server stopped, the built site in
// Chromium: nothing from another origin, real sizes, no layout shift (CLS), eager then lazy, captions, zoom.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import YAML from 'yaml';
import { launchBrowser, serveStatic, type StaticServer } from '../../../tools/chromium';
import { browserSkip } from '../../helpers/browser';
import { makeSite, note, openSite, runHexo, type CommandResult, type Site } from '../../helpers/site';

const solid = (width: number, height: number, format: 'png' | 'jpeg' | 'webp'): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })[format]().toBuffer();

interface ImageServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

async function startImageServer(images: Record<string, Buffer>): Promise<ImageServer> {
  const requests: string[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const send = (type: string, body: Buffer | string) => res.writeHead(200, { 'content-type': type }).end(body);
    switch (url) {
      case '/a.png': return send('image/png', images.png as Buffer);
      case '/a@2x.png': return send('image/png', images.png2x as Buffer);
      // A wrong content type: the bytes decide.
      case '/b.jpg': return send('application/octet-stream', images.jpeg as Buffer);
      case '/c.webp': return send('image/webp', images.webp as Buffer);
      case '/d.svg': return send('image/svg+xml', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
      case '/error.png': return send('image/png', '<!DOCTYPE html><html><head><title>Error</title></head><body>not found</body></html>');
      case '/huge.png': return send('image/png', Buffer.concat([images.png as Buffer, Buffer.alloc(300_000)]));
      case '/loop.png': return res.writeHead(302, { location: '/loop.png' }).end();
      case '/slow.png': {
        pending.add(setTimeout(() => send('image/png', images.png as Buffer), 30_000));
        return;
      }
      default: return res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Store = Record<string, { path: string; width: number; height: number; type: string; bytes: number; fetched: string; webp?: string }>;

describe('hexo images', () => {
  let server: ImageServer;
  let dir: string;
  let first: CommandResult;
  let images: Record<string, Buffer>;
  const u = (p: string): string => `${server.url}/${p}`;
  const store = (): Store => YAML.parse(fs.readFileSync(path.join(dir, 'source/_data/images.yml'), 'utf8')) as Store;

  before(async () => {
    images = { png: await solid(300, 200, 'png'), png2x: await solid(600, 400, 'png'), jpeg: await solid(1200, 800, 'jpeg'), webp: await solid(320, 240, 'webp') };
    server = await startImageServer(images);
    dir = makeSite({
      files: {
        '_posts/gallery.md': note({ title: 'Gallery', id: 'gallery' }, [
          `![图 1：第一张图](${u('a.png')})`,
          'Some text between the figures.',
          `![A JPEG wider than the column](${u('b.jpg')} "Figure 2: the title wins")`,
          `![](${u('c.webp')})`,
          `<img src="${u('a.png')}" srcset="${u('a.png')} 1x, ${u('a@2x.png')} 2x" alt="raw img">`,
          `[![a linked image](${u('c.webp')})](https://example.com/)`,
        ].join('\n\n')),
        '_posts/refused.md': note({ title: 'Refused', id: 'refused' }, ['d.svg', 'error.png', 'huge.png', 'loop.png', 'missing.png', 'slow.png'].map((p) => `![${p}](${u(p)})`).join('\n\n')),
        '_data/images.yml': `# Hand-kept comment\n${'http://127.0.0.1:9/kept.png'}:\n  path: /images/kept.png  # my copy\n  width: 1\n  height: 1\n  type: png\n  bytes: 1\n  fetched: 2024-01-01\n`,
      },
      config: { images: { fetch: { timeout: 3000, max_redirects: 3, max_bytes: 200000, concurrency: 3 } } },
    });
    first = await runHexo(dir, ['images']);
  });
  after(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('exits cleanly, shows progress done/total and sums up', () => {
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /images: 10 remote image\(s\); 0 already in source\/_data\/images\.yml/);
    for (let i = 1; i <= 10; i++) assert.match(first.output, new RegExp(`\\[${i}/10\\]`));
    assert.match(first.output, /images: 4 fetched, 0 kept, 6 failed/);
    assert.doesNotMatch(first.output, /remote image\(s\) are not in/, 'the build warning is not repeated by the command that answers it');
  });

  test('lists every failure with its reason at the end', () => {
    const list = first.output.slice(first.output.indexOf('could not store'));
    const reason = (p: string, re: RegExp): void => assert.match(list, new RegExp(`${u(p).replace(/[./]/g, '\\$&')}: ${re.source}`), p);
    reason('d.svg', /an SVG image: never stored/);
    reason('error.png', /an HTML page, not an image/);
    reason('huge.png', /larger than 200000 bytes/);
    reason('loop.png', /more than 3 redirects/);
    reason('missing.png', /HTTP 404/);
    reason('slow.png', /timed out after 3000 ms/);
  });

  test('stores PNG, JPEG and WebP by their bytes, with sizes, and a WebP copy of the wide JPEG', () => {
    const s = store();
    const png = s[u('a.png')];
    assert.deepEqual({ ...png, path: undefined, fetched: undefined }, { path: undefined, fetched: undefined, width: 300, height: 200, type: 'png', bytes: images.png?.byteLength });
    assert.match(png?.path ?? '', /^\/images\/remote\/[0-9a-f]{16}\.png$/);
    assert.match(png?.fetched ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(fs.readFileSync(path.join(dir, 'source', png?.path ?? '')).equals(images.png as Buffer));
    const jpeg = s[u('b.jpg')];
    assert.equal(jpeg?.type, 'jpg');
    assert.deepEqual([jpeg?.width, jpeg?.height], [1200, 800]);
    assert.match(jpeg?.webp ?? '', /^\/images\/remote\/[0-9a-f]{16}\.webp$/);
    const copy = fs.readFileSync(path.join(dir, 'source', jpeg?.webp ?? ''));
    assert.equal(copy.subarray(8, 12).toString('latin1'), 'WEBP');
    assert.equal(s[u('c.webp')]?.type, 'webp');
    assert.equal(s[u('c.webp')]?.webp, undefined, 'a WebP needs no copy');
    assert.equal(s[u('a@2x.png')]?.width, 600, 'srcset candidates are stored too');
    for (const p of ['d.svg', 'error.png', 'huge.png', 'loop.png', 'missing.png', 'slow.png']) assert.equal(s[u(p)], undefined, p);
    const files = fs.readdirSync(path.join(dir, 'source/images/remote'));
    assert.equal(files.some((f) => f.endsWith('.svg') || f.endsWith('.html')), false, files.join(' '));
  });

  test('keeps existing entries and comments; each image is fetched once', () => {
    const text = fs.readFileSync(path.join(dir, 'source/_data/images.yml'), 'utf8');
    assert.match(text, /# Hand-kept comment/);
    assert.match(text, /# my copy/);
    assert.equal(server.requests.filter((r) => r === '/a.png').length, 1);
  });

  test('a second run keeps what is stored; --refresh fetches it again', async () => {
    const again = await runHexo(dir, ['images']);
    assert.match(again.output, /4 already in .*fetching 6/);
    const count = server.requests.filter((r) => r === '/a.png').length;
    const refreshed = await runHexo(dir, ['images', '--refresh']);
    assert.equal(refreshed.code, 0, refreshed.output);
    assert.match(refreshed.output, /fetching 10/);
    assert.equal(server.requests.filter((r) => r === '/a.png').length, count + 1);
  });

  describe('the site built with the image server stopped', { skip: browserSkip() }, () => {
    let site: Site;
    let pages: StaticServer;
    let browser: Browser;
    let page: Page;
    const foreign: string[] = [];

    before(async () => {
      await server.close();
      site = openSite(dir, await runHexo(dir, ['generate']));
      pages = await serveStatic(site.publicDir);
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('request', (r) => !r.url().startsWith(pages.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
      await page.goto(`${pages.url}/gallery/`);
    });
    after(async () => {
      await browser?.close();
      await pages?.close();
    });

    test('builds without error and warns once about the images left remote', () => {
      assert.deepEqual(site.errors, []);
      const warnings = site.warnings.filter((w) => w.includes('remote image'));
      assert.equal(warnings.length, 1, site.warnings.join('\n'));
      assert.match(warnings[0] ?? '', /6 remote image\(s\) are not in source\/_data\/images\.yml.*`npx hexo images`/);
    });

    test('the gallery requests nothing from another origin and every image has its real size', async () => {
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 2000);
      await page.waitForFunction(() => [...document.querySelectorAll('.note-body img')].every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
      const sizes = await page.$$eval('.note-body img', (imgs) => imgs.map((img) => {
        const i = img as HTMLImageElement;
        return { src: i.getAttribute('src'), width: i.getAttribute('width'), height: i.getAttribute('height'), natural: `${i.naturalWidth}x${i.naturalHeight}` };
      }));
      assert.equal(sizes.length, 5);
      for (const s of sizes) {
        assert.match(s.src ?? '', /^\/images\/remote\//);
        assert.equal(`${s.width}x${s.height}`, s.natural, JSON.stringify(s));
      }
      assert.deepEqual(sizes.map((s) => s.natural), ['300x200', '1200x800', '320x240', '300x200', '320x240']);
      assert.deepEqual(foreign, []);
    });

    test('no layout shift while the images load, lazily, through the whole page (CLS 0); an unsized image would shift it', async () => {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // Layout shifts as Chromium reports them (what Lighthouse's CLS sums), from before the first paint.
      await fresh.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await fresh.goto(`${pages.url}/gallery/`);
      for (let i = 0; i < 5; i++) await fresh.mouse.wheel(0, 2000);
      await fresh.waitForFunction(() => [...document.querySelectorAll('.note-body img')].every((img) => (img as HTMLImageElement).complete));
      const shifts = () => fresh.evaluate(() => (window as unknown as { shifts: number }).shifts);
      assert.equal(await shifts(), 0);
      // The control: the same picture without its size, put before the text the reader sees.
      await fresh.evaluate(() => window.scrollTo(0, 0));
      await fresh.evaluate(() => {
        const img = document.createElement('img');
        img.src = `${document.querySelector<HTMLImageElement>('.note-body img')?.src ?? ''}?unsized`;
        document.querySelector('.note-body')?.prepend(img);
      });
      await fresh.waitForFunction(() => (window as unknown as { shifts: number }).shifts > 0);
      await fresh.close();
    });

    test('the first image loads eagerly, the others lazily and decode asynchronously', async () => {
      const loading = await page.$$eval('.note-body img', (imgs) => imgs.map((i) => [i.getAttribute('loading'), i.getAttribute('decoding')]));
      assert.deepEqual(loading, [['eager', null], ...Array.from({ length: 4 }, () => ['lazy', 'async'])]);
    });

    test('images alone in their paragraph are figures with captions; the wide JPEG has a WebP source', async () => {
      const figures = await page.$$eval('figure.note-figure', (fs) => fs.map((f) => f.querySelector('figcaption')?.textContent ?? null));
      assert.deepEqual(figures, ['图 1：第一张图', 'Figure 2: the title wins', null, 'raw img', 'a linked image']);
      const webp = await page.$eval('figure.note-figure:nth-of-type(2) picture source', (s) => [s.getAttribute('type'), s.getAttribute('srcset')]);
      assert.equal(webp[0], 'image/webp');
      assert.match(webp[1] ?? '', /^\/images\/remote\/[0-9a-f]{16}\.webp$/);
      const linked = await page.$eval('a[href="https://example.com/"] img', (i) => i.hasAttribute('data-zoom'));
      assert.equal(linked, false, 'an image in a link keeps the link and is not zoomed');
      const viewport = await page.$eval('meta[name="viewport"]', (m) => m.getAttribute('content') ?? '');
      assert.doesNotMatch(viewport, /user-scalable|maximum-scale/, 'pinch-zoom is not blocked');
    });

    test('zoom opens from the keyboard with the caption, closes with Esc, the button or a click outside, and focus returns', async () => {
      const firstImage = page.locator('.note-body img[data-zoom]').first();
      // image-zoom.ts loads after the page; a zoomable image is a button once it is there.
      await page.locator('.note-body img[data-zoom][role="button"]').first().waitFor();
      await firstImage.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.image-zoom');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await dialog.locator('figcaption').textContent(), '图 1：第一张图');
      assert.match((await dialog.locator('img').getAttribute('src')) ?? '', /\/images\/remote\/[0-9a-f]{16}\.png$/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await firstImage.evaluate((el) => document.activeElement === el), true, 'focus returns after Esc');

      const second = page.locator('.note-body img[data-zoom]').nth(1);
      await second.focus();
      await page.keyboard.press(' ');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await dialog.locator('figcaption').textContent(), 'Figure 2: the title wins');
      assert.match((await dialog.locator('img').getAttribute('src')) ?? '', /\.jpg$/, 'the original, not the WebP copy');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await second.evaluate((el) => document.activeElement === el), true, 'the close button (focused in the dialog) closes; focus returns');

      await second.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'visible' });
      await page.mouse.click(5, 790);
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await second.evaluate((el) => document.activeElement === el), true, 'a click outside closes; focus returns');

      // ![](c.webp): no alt text, so no decorative image posing as a button; its zoomed copy stays without.
      const unnamed = page.locator('.note-body img[data-zoom]').nth(2);
      assert.equal(await unnamed.getAttribute('alt'), '点击放大');
      assert.equal(await page.getByRole('button', { name: '点击放大' }).count(), 1);
      await unnamed.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await dialog.locator('img').getAttribute('alt'), '');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });
  });
});
