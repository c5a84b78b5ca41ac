import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { bundleBrowserCode, type Bundle } from '../../../plugins/theme-assets/bundle';
import { cachedBundler } from '../../../plugins/theme-assets/cache';

const roots: string[] = [];
after(() => roots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A theme folder with browser/main.ts importing browser/greet.ts, and a file outside it. */
function theme(): { dir: string; browser: string; entry: string; outside: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theme-assets-'));
  roots.push(dir);
  const browser = path.join(dir, 'browser');
  fs.mkdirSync(browser);
  fs.writeFileSync(path.join(browser, 'greet.ts'), "export const greeting = 'hello';\n");
  fs.writeFileSync(path.join(browser, 'main.ts'), "import { greeting } from './greet';\nimport { shared } from '../shared';\nconsole.log(greeting, shared);\n");
  const outside = path.join(dir, 'shared.ts');
  fs.writeFileSync(outside, "export const shared = 'one';\n");
  return { dir, browser, entry: path.join(browser, 'main.ts'), outside };
}

/** A bundler that records its builds, returning what esbuild reports as inputs. */
function counting(inputs: (entry: string) => string[]) {
  const builds: string[] = [];
  const bundle = (entry: string): Promise<Bundle> => {
    builds.push(entry);
    return Promise.resolve({ files: [{ path: 'js/main.js', contents: new TextEncoder().encode(`build ${builds.length}`) }], inputs: inputs(entry) });
  };
  return { builds, get: cachedBundler(bundle) };
}

const text = (files: { contents: Uint8Array }[]) => files.map((f) => new TextDecoder().decode(f.contents)).join('\n');

describe('the browser bundle cache', () => {
  test('reuses the bundle while no source changed', async () => {
    const t = theme();
    const { builds, get } = counting(() => [t.entry]);
    const first = await get(t.entry, t.browser);
    const second = await get(t.entry, t.browser);
    assert.equal(builds.length, 1);
    assert.equal(text(second), text(first));
  });

  test('builds again when a file under the browser folder is edited, added or removed', async () => {
    const t = theme();
    const { builds, get } = counting(() => [t.entry]);
    await get(t.entry, t.browser);
    fs.writeFileSync(path.join(t.browser, 'greet.ts'), "export const greeting = 'hello again';\n");
    assert.equal(text(await get(t.entry, t.browser)), 'build 2');
    fs.writeFileSync(path.join(t.browser, 'new.ts'), 'export {};\n');
    await get(t.entry, t.browser);
    fs.rmSync(path.join(t.browser, 'new.ts'));
    await get(t.entry, t.browser);
    assert.equal(builds.length, 4);
    await get(t.entry, t.browser);
    assert.equal(builds.length, 4);
  });

  test('builds again when a file the bundle used outside the browser folder changes', async () => {
    const t = theme();
    const { builds, get } = counting(() => [t.entry, t.outside]);
    await get(t.entry, t.browser);
    fs.writeFileSync(t.outside, "export const shared = 'two!';\n");
    await get(t.entry, t.browser);
    assert.equal(builds.length, 2);
  });

  test('a call made while the build runs shares it; one made after an edit does not', async () => {
    const t = theme();
    const { builds, get } = counting(() => [t.entry]);
    const early = get(t.entry, t.browser);
    const later = get(t.entry, t.browser);
    assert.equal(text(await later), text(await early));
    assert.equal(builds.length, 1);
    const running = get(t.entry, t.browser);
    assert.equal(builds.length, 1, 'the finished build is reused');
    await running;
    fs.writeFileSync(path.join(t.browser, 'greet.ts'), "export const greeting = 'edited';\n");
    const first = get(t.entry, t.browser);
    fs.writeFileSync(path.join(t.browser, 'greet.ts'), "export const greeting = 'edited twice';\n");
    await Promise.all([first, get(t.entry, t.browser)]);
    assert.equal(builds.length, 3, 'an edit during a build starts another');
  });

  test('does not keep a failed build', async () => {
    const t = theme();
    let fail = true;
    const get = cachedBundler(() => (fail ? Promise.reject(new Error('syntax error')) : Promise.resolve({ files: [], inputs: [] })));
    await assert.rejects(get(t.entry, t.browser), /syntax error/);
    fail = false;
    assert.deepEqual(await get(t.entry, t.browser), []);
  });

  test('with esbuild: an edited module shows in the next bundle, an unchanged one is served as built', async () => {
    const t = theme();
    const get = cachedBundler((entry) => bundleBrowserCode(entry, 'js'));
    const first = text(await get(t.entry, t.browser));
    assert.match(first, /hello/);
    assert.match(first, /one/);
    fs.writeFileSync(path.join(t.browser, 'greet.ts'), "export const greeting = 'bonjour';\n");
    const second = text(await get(t.entry, t.browser));
    assert.match(second, /bonjour/);
    assert.doesNotMatch(second, /hello/);
    fs.writeFileSync(t.outside, "export const shared = 'deux';\n");
    assert.match(text(await get(t.entry, t.browser)), /deux/);
  });
});
