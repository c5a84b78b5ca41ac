import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { scriptHash } from '../../../plugins/csp/hash';
import { withPolicy } from '../../../plugins/csp/page';
import { MERMAID_META } from '../../../shared/layout';
import { buildPolicy } from '../../../plugins/csp/policy';
import { isExecutable } from '../../../plugins/csp/scan';
import { readSettings } from '../../../plugins/csp/settings';

const page = (head: string, body = ''): string => `<!doctype html><html><head>\n<meta charset="utf-8">\n${head}</head><body>${body}</body></html>`;

function policyOf(html: string): Map<string, string[]> {
  const metas = cheerio.load(html)('meta[http-equiv="Content-Security-Policy"]');
  assert.equal(metas.length, 1);
  const directives = (metas.attr('content') ?? '').split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.map(([name, ...sources]) => [name ?? '', sources]));
}

test('every executable inline script is hashed; data blocks and external scripts are not', () => {
  const html = withPolicy(
    page(
      '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"@type":"Article"}</script>' +
        '<script type="application/json" id="ui-strings">{}</script><script src="/js/main.js"></script>',
      '<script type="text/javascript">c()</script>',
    ),
  );
  const scripts = policyOf(html).get('script-src');
  assert.deepEqual(scripts, ["'self'", scriptHash('a()'), scriptHash('b()'), scriptHash('c()')]);
  assert.ok(!scripts?.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"));
});

test('script types: what the browser runs', () => {
  for (const type of [undefined, '', 'module', 'text/javascript', 'application/javascript', 'TEXT/JAVASCRIPT', 'importmap']) assert.ok(isExecutable(type), String(type));
  for (const type of ['application/json', 'application/ld+json', 'text/template', 'text/plain']) assert.ok(!isExecutable(type), type);
});

test('the policy comes right after the charset, before any script or stylesheet', () => {
  const html = withPolicy(page('<link rel="stylesheet" href="/a.css"><script>x()</script>'));
  const at = html.indexOf('http-equiv="Content-Security-Policy"');
  assert.ok(html.indexOf('charset') < at && at < html.indexOf('<link') && at < html.indexOf('<script'));
});

test('without a charset first, the policy is the first thing in the head', () => {
  const html = withPolicy('<html><head><script>x()</script><meta charset="utf-8"></head></html>');
  assert.match(html, /^<html><head><meta http-equiv="Content-Security-Policy"/);
});

test('a policy <meta> already in the head is replaced, so the page has one, with current hashes', () => {
  const once = withPolicy(page('<script>x()</script>'));
  const twice = withPolicy(once.replace('x()', 'y()'));
  assert.deepEqual(policyOf(twice).get('script-src'), ["'self'", scriptHash('y()')]);
});

test('remote images add their origins to img-src; local and data: images add nothing', () => {
  const html = withPolicy(
    page('', '<img src="https://img.example.com/a.png"><img src="/local.png"><img src="data:image/png;base64,AA=="><picture><source srcset="https://cdn.example.org:8443/b.webp 2x, /c.webp 1x"></picture><img src="https://img.example.com/b.png">'),
  );
  assert.deepEqual(policyOf(html).get('img-src'), ["'self'", 'data:', 'https://cdn.example.org:8443', 'https://img.example.com']);
});

test('the fixed directives', () => {
  const policy = policyOf(withPolicy(page('')));
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
  assert.deepEqual(policy.get('connect-src'), ["'self'"]);
  assert.deepEqual(policy.get('font-src'), ["'self'"]);
});

test("inline styles are allowed only on pages with a style attribute or element, or diagrams", () => {
  const styleSrc = (html: string): string[] | undefined => policyOf(withPolicy(html)).get('style-src');
  assert.deepEqual(styleSrc(page('<link rel="stylesheet" href="/css/style.css">', '<p class="x">style=</p>')), ["'self'"]);
  assert.deepEqual(styleSrc(page('', '<span class="katex" style="height:1em">x</span>')), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(styleSrc(page('', '<span\n  STYLE = "color:red">x</span>')), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(styleSrc(page('<style>p{}</style>')), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(styleSrc(page(`<meta name="${MERMAID_META}" content="/vendor/mermaid/mermaid.esm.min.mjs">`)), ["'self'", "'unsafe-inline'"]);
});

test('a page without a head (a fragment) is left as it is', () => {
  assert.equal(withPolicy('<p>x</p><script>x()</script>'), '<p>x</p><script>x()</script>');
});

test('csp.extra adds sources to a directive, and a new fetch directive keeps self', () => {
  const { extra, ignored } = readSettings({ extra: { 'img-src': ['https://i.example.com'], 'frame-src': 'https://www.youtube-nocookie.com' } });
  assert.deepEqual(ignored, []);
  const policy = buildPolicy({ scriptHashes: [], imageOrigins: [], inlineStyles: false, extra });
  assert.match(policy, /img-src 'self' data: https:\/\/i\.example\.com;/);
  assert.match(policy, /frame-src 'self' https:\/\/www\.youtube-nocookie\.com$/);
});

test('csp settings: enable false, and sources that would break the policy are refused', () => {
  assert.equal(readSettings({ enable: false }).enable, false);
  assert.equal(readSettings(undefined).enable, true);
  const bad = readSettings({ extra: { 'script-src': ["'self'; script-src *"], 'Bad Name': ['x'] } });
  assert.deepEqual(bad.extra, {});
  assert.equal(bad.ignored.length, 2);
});

test("a script inside a note's content is never hashed: a miss of safe-html stays blocked", () => {
  const html = withPolicy(page('<script>theme()</script>', '<article class="note"><div class="note-body"><div><script>evil()</script></div><img src="x"></div><script>after()</script></article>'));
  assert.deepEqual(policyOf(html).get('script-src'), ["'self'", scriptHash('theme()'), scriptHash('after()')]);
});
