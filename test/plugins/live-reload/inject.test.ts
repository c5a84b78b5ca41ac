// The live-reload script goes into HTML responses only, whole and with the right length.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { injectInto } from '../../../plugins/live-reload/inject';

/** Serves one response written by `respond` (after injectInto) and returns what a client receives. */
async function served(respond: (res: http.ServerResponse) => void): Promise<{ body: string; length: string | undefined }> {
  const server = http.createServer((_req, res) => {
    injectInto(res, '/__livereload.js');
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    return { body: await response.text(), length: response.headers.get('content-length') ?? undefined };
  } finally {
    server.close();
  }
}

test('an HTML page written in pieces gets the script once, with its new length', async () => {
  const { body, length } = await served((res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.write('<html><body><p>笔记</p>');
    res.end(Buffer.from('</body></html>'));
  });
  assert.equal(body.match(/__livereload\.js/g)?.length, 1, body);
  assert.ok(body.startsWith('<html><body><p>笔记</p>'), body);
  assert.equal(Number(length), Buffer.byteLength(body));
});

test('anything else passes through unchanged', async () => {
  const { body } = await served((res) => {
    res.setHeader('Content-Type', 'application/json');
    res.write('{"a":');
    res.end('1}');
  });
  assert.equal(body, '{"a":1}');
});
