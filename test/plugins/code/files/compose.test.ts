import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { interpolations, parsePort, parseVolume, resolve, summariseCompose, upCommand } from '../../../../plugins/code/files/compose';

const port = (entry: Parameters<typeof parsePort>[0], env: Record<string, string> = {}) => parsePort(entry, (n) => env[n]);

test('short port syntax: host → container, ranges, host IP, protocol', () => {
  assert.deepEqual(port('3000:3000'), { host: '3000', container: '3000', hostIp: null, protocol: null, url: 'http://localhost:3000' });
  assert.deepEqual(port(3000), { host: null, container: '3000', hostIp: null, protocol: null, url: null });
  assert.deepEqual(port('127.0.0.1:8080:80'), { host: '8080', container: '80', hostIp: '127.0.0.1', protocol: null, url: 'http://localhost:8080' });
  assert.deepEqual(port('[::1]:6001:6001'), { host: '6001', container: '6001', hostIp: '::1', protocol: null, url: null });
  assert.deepEqual(port('3000-3005:3000-3005'), { host: '3000-3005', container: '3000-3005', hostIp: null, protocol: null, url: null });
  assert.deepEqual(port('5000:5000/udp'), { host: '5000', container: '5000', hostIp: null, protocol: 'udp', url: null });
  assert.equal(port('5000:5000/tcp')?.url, 'http://localhost:5000');
  assert.equal(port('5432:5432')?.url, null, 'PostgreSQL is not a web page');
  assert.equal(port('6379:6379')?.url, null);
  assert.equal(port('8443:443')?.url, 'https://localhost:8443');
});

test('ports with variables link through the note’s env value or the default', () => {
  assert.deepEqual(port('${BACKEND_PORT:-8080}:8080'), { host: '${BACKEND_PORT:-8080}', container: '8080', hostIp: null, protocol: null, url: 'http://localhost:8080' });
  assert.equal(port('${BACKEND_PORT:-8080}:8080', { BACKEND_PORT: '9999' })?.url, 'http://localhost:9999');
  assert.equal(port('${OPEN_WEBUI_PORT-3000}:80')?.url, 'http://localhost:3000');
  assert.equal(port('${PORT}:80')?.url, null, 'unknown host port');
  assert.equal(port('${PORT}:80', { PORT: '8000' })?.url, 'http://localhost:8000');
});

test('long port syntax', () => {
  assert.deepEqual(port({ target: 80, published: '8080', host_ip: '127.0.0.1', protocol: 'tcp' }), {
    host: '8080',
    container: '80',
    hostIp: '127.0.0.1',
    protocol: 'tcp',
    url: 'http://localhost:8080',
  });
  assert.equal(port({ target: 9999, published: 9999, app_protocol: 'http' })?.url, 'http://localhost:9999');
  assert.equal(port({ target: 53, published: 53, protocol: 'udp' })?.url, null);
  assert.equal(port({ target: 80 })?.host, null);
  assert.equal(port({ published: 80 }), null);
});

test('volumes, short and long', () => {
  assert.deepEqual(parseVolume('./data:/data:ro'), { source: './data', target: '/data', readOnly: true });
  assert.deepEqual(parseVolume('${WORKSPACE_BASE:-./w}:/opt/w'), { source: '${WORKSPACE_BASE:-./w}', target: '/opt/w', readOnly: false });
  assert.deepEqual(parseVolume('/anonymous'), { source: null, target: '/anonymous', readOnly: false });
  assert.deepEqual(parseVolume({ type: 'bind', source: './a', target: '/a', read_only: true }), { source: './a', target: '/a', readOnly: true });
});

test('interpolation: every Compose form, nested defaults, $$ escapes', () => {
  const refs = interpolations('${A} ${B:-x} ${C-y} ${D:?need D} ${E?e} ${F:+alt} $G $$H ${I:-${J:-z}}');
  assert.deepEqual(
    refs.map((r) => [r.name, r.op, r.arg]),
    [
      ['A', '', ''],
      ['B', ':-', 'x'],
      ['C', '-', 'y'],
      ['D', ':?', 'need D'],
      ['E', '?', 'e'],
      ['F', ':+', 'alt'],
      ['G', '', ''],
      ['I', ':-', '${J:-z}'],
      ['J', ':-', 'z'],
    ],
  );
  assert.equal(resolve('${A:-1}-$B-$$', (n) => (n === 'B' ? '2' : undefined)), '1-2-$');
  assert.equal(resolve('${A:-1}', (n) => (n === 'A' ? '' : undefined)), '1', ':- treats empty as unset');
  assert.equal(resolve('${A-1}', (n) => (n === 'A' ? '' : undefined)), '', '- keeps an empty value');
  assert.equal(resolve('${A:?x}', () => undefined), null);
});

test('a compose summary: services with anchors and merge keys, depends_on forms, variables', () => {
  const doc = parseDocument(
    [
      'x-common: &common',
      '  image: ${REGISTRY:-docker.io}/app:${TAG:-latest}',
      '  restart: always',
      'services:',
      '  api:',
      '    <<: *common',
      '    ports: ["${API_PORT:-8000}:8000"]',
      '    depends_on: [db, cache]',
      '  worker:',
      '    <<: *common',
      '    depends_on:',
      '      db: { condition: service_healthy }',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${DB_PASSWORD:?set it}',
      '    volumes: [pg:/var/lib/postgresql/data]',
      '  cache:',
      '  builder:',
      '    build: { context: ./src }',
      'volumes:',
      '  pg:',
    ].join('\n'),
    { merge: true },
  );
  const summary = summariseCompose(doc);
  assert.deepEqual(
    summary.services.map((s) => s.name),
    ['api', 'worker', 'db', 'cache', 'builder'],
  );
  const [api, worker, db, cache, builder] = summary.services;
  assert.equal(api?.image, '${REGISTRY:-docker.io}/app:${TAG:-latest}');
  assert.equal(worker?.image, api?.image, 'merge key');
  assert.deepEqual(api?.dependsOn, [
    { name: 'db', condition: null },
    { name: 'cache', condition: null },
  ]);
  assert.deepEqual(worker?.dependsOn, [{ name: 'db', condition: 'service_healthy' }]);
  assert.equal(api?.ports[0]?.url, 'http://localhost:8000');
  assert.deepEqual(db?.volumes, [{ source: 'pg', target: '/var/lib/postgresql/data', readOnly: false }]);
  assert.equal(cache?.image, null);
  assert.equal(builder?.build, './src');
  const vars = Object.fromEntries(summary.variables.map((v) => [v.name, v]));
  assert.deepEqual(Object.keys(vars), ['REGISTRY', 'TAG', 'API_PORT', 'DB_PASSWORD']);
  assert.deepEqual(vars.REGISTRY?.defaults, ['docker.io']);
  assert.deepEqual(vars.REGISTRY?.services, ['api', 'worker', ''], "'' is the file's own x- section");
  assert.equal(vars.DB_PASSWORD?.required, true);
});

test('the up command names the file unless Compose finds it by default', () => {
  assert.equal(upCommand('docker-compose.yaml'), 'docker compose up -d');
  assert.equal(upCommand('compose.yml'), 'docker compose up -d');
  assert.equal(upCommand('compose.override.yml'), 'docker compose -f compose.override.yml up -d');
  assert.equal(upCommand("my app's.yml"), "docker compose -f 'my app'\\''s.yml' up -d");
});
