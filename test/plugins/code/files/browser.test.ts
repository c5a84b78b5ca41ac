// The seed note's file blocks in real Chromium: the copy button copies the exact
// block text, the download link saves it under the block's file name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { browserSkip } from '../../../helpers/browser';
import { builtSiteInBrowser } from '../../../helpers/browser-site';
import { projectRoot } from '../../../helpers/site';

const seed = fs.readFileSync(path.join(projectRoot, 'source/_posts/ai.md'), 'utf8');
const composeBlocks = [...seed.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
const envBlock = /^```env\n([\s\S]*?)^```$/m.exec(seed)?.[1] ?? '';

describe('file blocks in the browser', { skip: browserSkip() }, () => {
  const { server, context } = builtSiteInBrowser({ projectSource: true, context: { acceptDownloads: true }, clipboard: true });

  test('the copy button copies the exact block text', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/ai/`);
    const figures = page.locator('figure.code-file');
    assert.equal(await figures.count(), 3);
    const expected = [composeBlocks[0], envBlock, composeBlocks[1]];
    for (let i = 0; i < 3; i++) {
      const button = figures.nth(i).locator('figcaption button[data-copy]');
      await button.click();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected[i]);
      assert.equal(await button.getAttribute('data-state'), 'copied');
    }
    await figures.first().locator('.compose-run button[data-copy]').click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'docker compose up -d');
    await page.close();
  });

  test('the download link saves the exact block text under the file name', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/ai/`);
    const cases: Array<[number, string, string | undefined]> = [
      [0, 'docker-compose.yaml', composeBlocks[0]],
      [2, 'docker-compose.yaml', composeBlocks[1]],
    ];
    for (const [index, name, text] of cases) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('figure.code-file').nth(index).locator('a.code-download').click()]);
      assert.equal(download.suggestedFilename(), name);
      const saved = await download.path();
      assert.equal(fs.readFileSync(saved, 'utf8'), text);
    }
    // The env file: Chromium may drop a file name's leading dot, the bytes are the block's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('figure.code-file[data-kind="env"] a.code-download').click()]);
    assert.match(download.suggestedFilename(), /^[._]?env$/);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), envBlock);
    assert.ok(server.requests.includes('/ai/docker-compose-2.yaml'));
    await page.close();
  });
});
