// The wrapped `hexo generate` in a real Hexo's console registry, and a real build under a tight bound.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import register from '../../../plugins/generation';
import type { Hexo } from '../../../plugins/hexo';
import { plainHexo } from '../../helpers/hexo';
import { buildSite, note } from '../../helpers/site';

const site = plainHexo();

/** Replaces `generate` by a recorder, registers ours over it with `config`, runs it with `args`. */
async function argsSeen(config: unknown, args: Record<string, unknown>): Promise<{ seen: Record<string, unknown>; warnings: string[] }> {
  const hexo: Hexo = site.hexo;
  let seen: Record<string, unknown> = {};
  hexo.extend.console.register('generate', 'Generate static files.', { options: [] }, (a: Record<string, unknown>) => {
    seen = a;
    return Promise.resolve();
  });
  const warnings: string[] = [];
  const warn = hexo.log.warn.bind(hexo.log);
  hexo.log.warn = (...m: unknown[]) => void warnings.push(m.map(String).join(' '));
  hexo.config.generate = config;
  try {
    register(hexo);
    await site.hexo.call('generate', { _: [], ...args });
  } finally {
    hexo.log.warn = warn;
  }
  return { seen, warnings };
}

describe('hexo generate with a bound on pages in flight', () => {
  test('the default bound, the configured one, the command line over both', async () => {
    assert.equal((await argsSeen(undefined, {})).seen.concurrency, 32);
    assert.equal((await argsSeen({ concurrency: 8 }, {})).seen.concurrency, 8);
    const cli = await argsSeen({ concurrency: 8 }, { c: 3 });
    assert.equal(cli.seen.c, 3);
    assert.equal(cli.seen.concurrency, undefined);
  });

  test('an unusable setting warns, naming _config.yml, and the default is used', async () => {
    const { seen, warnings } = await argsSeen({ concurrency: 'lots' }, {});
    assert.equal(seen.concurrency, 32);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /_config\.yml generate\.concurrency: "lots"/);
  });

  test('a build with one page at a time writes every page', async () => {
    const files = Object.fromEntries(['a', 'b', 'c'].map((id) => [`_posts/${id}.md`, note({ title: id, id }, `正文 ${id}`)]));
    const built = await buildSite({ files, config: { generate: { concurrency: 1 } } });
    try {
      assert.deepEqual(built.errors, []);
      for (const id of ['a', 'b', 'c']) assert.match(built.read(`${id}/index.html`), new RegExp(`正文 ${id}`));
      assert.ok(built.exists('index.html') && built.exists('js/main.js'));
    } finally {
      built.remove();
    }
  });
});
