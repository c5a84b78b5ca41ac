// `hexo linkcards` against a local HTTP server started here: Open Graph pages, a
// redirect chain and a loop, a page slower than the timeout, a huge page, a non-HTML
// URL, a 404, oversized and SVG images, an unreachable address.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { makeSite, note, runHexo, openSite, type CommandResult } from '../../helpers/site';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const html = (head: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><p>body</p></body></html>`;

interface TestServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A port on 127.0.0.1 that nothing listens on: connecting is refused, as offline. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const page = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const redirect = (status: number, to: string) => res.writeHead(status, { location: to }).end();
    switch (url) {
      case '/og':
        return page(html(
          '<title>Plain title</title><meta property="og:title" content="OG &amp; Title"><meta property="og:description" content="An &lt;OG&gt; description">' +
            '<meta property="og:site_name" content="Local Site"><meta property="og:image" content="/img/og.png">',
        ));
      case '/r1': return redirect(302, '/r2');
      case '/r2': return redirect(301, `http://127.0.0.1:${(server.address() as AddressInfo).port}/r3`);
      case '/r3': return redirect(307, '/final');
      case '/final': return page(html('<title> Final   page </title><meta name="description" content="Reached after three redirects">'));
      case '/loop': return redirect(302, '/loop');
      case '/slow': {
        const timer = setTimeout(() => page(html('<title>Too late</title>')), 5000);
        pending.add(timer);
        return;
      }
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><head><title>Huge page</title></head><body>');
        const chunk = `<p>${'x'.repeat(16 * 1024)}</p>`;
        let sent = 0;
        // Streams 4 MB unless the client stops reading first.
        const more = () => {
          while (sent < 256) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end('</body></html>');
        };
        res.on('error', () => undefined);
        return more();
      }
      case '/file.pdf': return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      case '/bigimg': return page(html('<title>Big image</title><meta property="og:image" content="/img/big.png">'));
      case '/svgimg': return page(html('<title>SVG image</title><meta property="og:image" content="/img/x.svg">'));
      case '/kept': return page(html('<title>Fetched again</title>'));
      case '/offnote': return page(html('<title>Never</title>'));
      case '/img/og.png': return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      case '/img/big.png': return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.concat([PNG, Buffer.alloc(300_000)]));
      case '/img/x.svg': return res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      default: return res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('hexo linkcards', () => {
  let server: TestServer;
  let dir: string;
  let first: CommandResult;
  let unreachable: string;
  const store = () => YAML.parse(fs.readFileSync(path.join(dir, 'source/_data/link_cards.yml'), 'utf8')) as Record<string, Record<string, string>>;
  const paths = ['og', 'r1', 'loop', 'slow', 'huge', 'file.pdf', 'missing', 'bigimg', 'svgimg', 'kept'];

  before(async () => {
    server = await startServer();
    unreachable = `http://127.0.0.1:${await closedPort()}/nothing`;
    const u = (p: string) => `${server.url}/${p}`;
    dir = makeSite({
      files: {
        '_posts/links.md': note({ title: 'Links', id: 'links' }, [
          ...paths.map((p) => `[${p}](${u(p)})`),
          `项目地址：[Unreachable](${unreachable})`,
          `A sentence with [an inline link](${u('inline')}) is not fetched.`,
          `[og again](${u('og')})`,
        ].join('\n\n')),
        '_posts/off.md': note({ title: 'Off', id: 'off', link_cards: false }, `[off](${u('offnote')})`),
        '_data/link_cards.yml': `# Hand-kept notes about this store\n${u('kept')}:\n  title: Hand written  # my title\n`,
      },
      config: { link_cards: { fetch: { timeout: 400, max_redirects: 3, max_bytes: 65536, image_max_bytes: 100000, concurrency: 3 } } },
    });
    first = await runHexo(dir, ['linkcards']);
  });
  after(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('exits cleanly and shows progress done/total', () => {
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /11 card URL\(s\); 1 already in/);
    for (let i = 1; i <= 10; i++) assert.match(first.output, new RegExp(`\\[${i}/10\\]`));
    assert.match(first.output, /5 fetched, 1 kept, 5 failed/);
  });

  test('reports each failure with its reason', () => {
    const reason = (p: string, re: RegExp) => assert.match(first.output, new RegExp(`${p.replace(/[./]/g, '\\$&')}: ${re.source}`), p);
    reason(`${server.url}/slow`, /timed out after 400 ms/);
    reason(`${server.url}/loop`, /more than 3 redirects/);
    reason(`${server.url}/file.pdf`, /not text\/html \(application\/pdf\)/);
    reason(`${server.url}/missing`, /HTTP 404/);
    reason(unreachable, /unreachable \(ECONNREFUSED\)/);
    reason(`${server.url}/svgimg`, /image .*not a PNG, JPEG, GIF, WebP or AVIF image/);
    reason(`${server.url}/bigimg`, /image .*larger than 100000 bytes/);
  });

  test('fills the store from Open Graph, <title> and meta description, following redirects', () => {
    const s = store();
    const og = s[`${server.url}/og`];
    assert.equal(og?.title, 'OG & Title');
    assert.equal(og?.description, 'An <OG> description');
    assert.equal(og?.site_name, 'Local Site');
    assert.match(og?.image ?? '', /^\/images\/link-cards\/[0-9a-f]{16}\.png$/);
    assert.ok(fs.readFileSync(path.join(dir, 'source', og?.image ?? '')).equals(PNG));
    assert.deepEqual(s[`${server.url}/r1`], { title: 'Final page', description: 'Reached after three redirects' });
    assert.deepEqual(s[`${server.url}/huge`], { title: 'Huge page' }, 'read from the first bytes only');
    assert.deepEqual(s[`${server.url}/bigimg`], { title: 'Big image' });
    assert.deepEqual(s[`${server.url}/svgimg`], { title: 'SVG image' });
    for (const p of ['loop', 'slow', 'file.pdf', 'missing']) assert.equal(s[`${server.url}/${p}`], undefined, p);
    assert.equal(s[unreachable], undefined);
  });

  test('keeps existing entries and comments, fetches only card URLs of notes with cards on, each once', () => {
    const text = fs.readFileSync(path.join(dir, 'source/_data/link_cards.yml'), 'utf8');
    assert.match(text, /# Hand-kept notes about this store/);
    assert.match(text, /# my title/);
    assert.deepEqual(store()[`${server.url}/kept`], { title: 'Hand written' });
    for (const p of ['/kept', '/offnote', '/inline']) assert.equal(server.requests.includes(p), false, p);
    assert.equal(server.requests.filter((r) => r === '/og').length, 1);
    assert.ok(!server.requests.includes('/img/big.png') || server.requests.filter((r) => r === '/img/big.png').length === 1);
  });

  test('the built site shows the fetched metadata and requests nothing from another origin', async () => {
    const site = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(site.errors, []);
    const $ = site.$('links/index.html');
    const card = $(`a.link-card[href="${server.url}/og"]`).first();
    assert.equal(card.find('.link-card-title').text(), 'og');
    assert.equal(card.find('.link-card-desc').text(), 'An <OG> description');
    assert.equal(card.find('.link-card-site').text(), 'Local Site');
    const src = card.find('img.link-card-image').attr('src') ?? '';
    assert.match(src, /^\/images\/link-cards\/[0-9a-f]{16}\.png$/);
    assert.ok(site.exists(src.slice(1)));
    // The canonical link names the page's own published address; browsers never fetch it.
    $('img[src], script[src], link[href]:not([rel="canonical"]), iframe[src], source[src]').each((_, el) => {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      assert.doesNotMatch(url, /^(https?:)?\/\//, url);
    });
  });

  test('--refresh fetches the kept entries again', async () => {
    const before = server.requests.length;
    const result = await runHexo(dir, ['linkcards', '--refresh']);
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /fetching 11/);
    assert.ok(server.requests.slice(before).includes('/kept'));
    assert.deepEqual(store()[`${server.url}/kept`], { title: 'Fetched again' });
    assert.equal(store()[`${server.url}/og`]?.title, 'OG & Title', 'entries that fail again keep their old data');
  });
});

test('a broken store is reported with its line and left untouched', async () => {
  const broken = 'https://a.org/:\n  title: [unclosed\n';
  const dir = makeSite({
    files: { '_posts/a.md': note({ title: 'A', id: 'a' }, '[A](http://127.0.0.1:9/a)'), '_data/link_cards.yml': broken },
  });
  try {
    const result = await runHexo(dir, ['linkcards']);
    assert.notEqual(result.code, 0);
    assert.match(result.output, /link_cards\.yml: line \d+/);
    assert.equal(fs.readFileSync(path.join(dir, 'source/_data/link_cards.yml'), 'utf8'), broken);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
