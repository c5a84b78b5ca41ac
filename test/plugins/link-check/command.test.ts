import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { makeSite, note, openSite, runHexo, type Site } from '../../helpers/site';

/** A 127.0.0.1 server with one path per case `hexo links` must handle. */
function linkServer(): { server: http.Server; requests: string[] } {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (req.url === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (req.url === '/gone') res.writeHead(404).end();
    else if (req.url === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    // /slow never answers: the request times out.
  });
  return { server, requests };
}

describe('hexo links checks external links against a local server', () => {
  const { server, requests } = linkServer();
  let base = '';
  let dir = '';
  let site: Site;
  let output = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = ['ok', 'moved', 'gone', 'slow', 'no-head'].map((p) => `- [${p}](${base}/${p})`).join('\n');
    dir = makeSite({
      files: { '_posts/ext.md': note({ title: '外链', id: 'ext' }, body), '_posts/none.md': note({ title: '无', id: 'none' }, '无外链。') },
      config: { links: { fetch: { timeout: 400, concurrency: 2 } } },
    });
    site = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(site.errors, []);
    assert.deepEqual(requests, [], 'hexo generate fetched something');
    const result = await runHexo(dir, ['links']);
    assert.equal(result.code, 0, result.output);
    output = result.output;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    site.remove();
  });

  type Status = Record<string, { status?: number; error?: string; final_url?: string; checked: string }>;
  const status = (): Status => YAML.parse(fs.readFileSync(`${dir}/source/_data/link_status.yml`, 'utf8')) as Status;

  test('status, final URL after redirects and date of each link', () => {
    const s = status();
    assert.deepEqual(Object.keys(s), ['ok', 'moved', 'gone', 'slow', 'no-head'].map((p) => `${base}/${p}`));
    assert.equal(s[`${base}/ok`]?.status, 200);
    assert.equal(s[`${base}/moved`]?.status, 200);
    assert.equal(s[`${base}/moved`]?.final_url, `${base}/ok`);
    assert.equal(s[`${base}/gone`]?.status, 404);
    assert.equal(s[`${base}/slow`]?.error, 'timed out after 400 ms');
    assert.equal(s[`${base}/slow`]?.status, undefined);
    assert.ok(!Number.isNaN(Date.parse(s[`${base}/ok`]?.checked ?? '')));
  });

  test('HEAD first; GET only where HEAD is refused', () => {
    assert.ok(requests.includes('HEAD /no-head') && requests.includes('GET /no-head'));
    assert.equal(status()[`${base}/no-head`]?.status, 200);
    assert.ok(!requests.includes('GET /ok'));
  });

  test('progress as [done/total], then the dead links by note', () => {
    for (let i = 1; i <= 5; i++) assert.ok(output.includes(`[${i}/5] `), output);
    const listing = output.slice(output.indexOf('dead links by note'));
    assert.match(listing, /source\/_posts\/ext\.md:\n {2}http:\/\/127\.0\.0\.1:\d+\/gone: HTTP 404/);
    assert.match(listing, /\/slow: timed out after 400 ms/);
    assert.ok(!listing.includes('/ok:') && !listing.includes('/no-head:') && !listing.includes('none.md'));
  });
});
