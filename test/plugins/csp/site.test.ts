// The policy as every page of a built site carries it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { scriptHash } from '../../../plugins/csp/hash';
import { htmlFiles } from '../../helpers/crawl';
import { buildSite, type Site } from '../../helpers/site';
import { files, REMOTE_IMAGE } from './fixture';

type Policy = Map<string, string[]>;

function policiesOf(site: Site): Map<string, { $: cheerio.CheerioAPI; policy: Policy | null }> {
  const pages = new Map<string, { $: cheerio.CheerioAPI; policy: Policy | null }>();
  for (const rel of htmlFiles(site.publicDir)) {
    const $ = site.$(rel);
    const metas = $('meta[http-equiv="Content-Security-Policy"]');
    assert.ok(metas.length <= 1, `${rel}: ${metas.length} policies`);
    const content = metas.attr('content');
    const policy = content === undefined ? null : new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([n, ...s]): [string, string[]] => [n ?? '', s]));
    pages.set(rel, { $, policy });
  }
  return pages;
}

describe('Content-Security-Policy on a built site', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files });
    assert.deepEqual(site.errors, []);
  });
  after(() => site.remove());

  test('every page has one policy, first in its head after the charset', () => {
    const pages = policiesOf(site);
    assert.ok(pages.size >= 10, [...pages.keys()].join(' '));
    for (const [rel, { $, policy }] of pages) {
      assert.ok(policy, `${rel} has no policy`);
      const first = $('head').children().toArray().map((el) => ('attribs' in el ? Object.keys(el.attribs)[0] : ''));
      assert.deepEqual(first.slice(0, 2), ['charset', 'http-equiv'], rel);
    }
  });

  test("every inline script the page runs is allowed by its hash, and nothing else inline", () => {
    for (const [rel, { $, policy }] of policiesOf(site)) {
      const scripts = policy?.get('script-src') ?? [];
      assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), rel);
      const inline = $('script:not([src])')
        .toArray()
        .filter((el) => !/json/.test(el.attribs.type ?? ''))
        .map((el) => scriptHash($(el).text()));
      assert.ok(inline.length > 0, `${rel}: the theme's inline script`);
      assert.deepEqual(scripts, ["'self'", ...new Set(inline)], rel);
      assert.deepEqual(policy?.get('object-src'), ["'none'"], rel);
      assert.deepEqual(policy?.get('base-uri'), ["'none'"], rel);
    }
  });

  test("inline styles are allowed where formulas and diagrams need them, not on other pages", () => {
    const pages = policiesOf(site);
    const styles = (rel: string): string[] | undefined => pages.get(rel)?.policy?.get('style-src');
    for (const rel of ['math/index.html', 'diagram/index.html']) assert.deepEqual(styles(rel), ["'self'", "'unsafe-inline'"], rel);
    for (const rel of ['index.html', 'code/index.html', 'cards/index.html', 'compose/index.html', 'search/index.html']) assert.deepEqual(styles(rel), ["'self'"], rel);
  });

  test('the remote image of a note is allowed on that note only', () => {
    const pages = policiesOf(site);
    const origin = new URL(REMOTE_IMAGE).origin;
    assert.deepEqual(pages.get('compose/index.html')?.policy?.get('img-src'), ["'self'", 'data:', origin]);
    assert.deepEqual(pages.get('math/index.html')?.policy?.get('img-src'), ["'self'", 'data:']);
  });
});

describe('csp settings', () => {
  test('csp.enable: false writes no policy; csp.extra adds sources', async () => {
    const off = await buildSite({ files: { '_posts/a.md': files['_posts/code.md'] ?? '' }, config: { csp: { enable: false } } });
    try {
      assert.deepEqual(off.errors, []);
      for (const { policy } of policiesOf(off).values()) assert.equal(policy, null);
    } finally {
      off.remove();
    }
    const extra = await buildSite({ files: { '_posts/a.md': files['_posts/code.md'] ?? '' }, config: { csp: { extra: { 'frame-src': ['https://www.youtube-nocookie.com'] } } } });
    try {
      assert.deepEqual(extra.errors, []);
      for (const { policy } of policiesOf(extra).values()) assert.deepEqual(policy?.get('frame-src'), ["'self'", 'https://www.youtube-nocookie.com']);
    } finally {
      extra.remove();
    }
  });
});
