// Real notes at scale: every note corpus.mjs writes (300) and every so-large-lm
// chapter build with zero errors, each into its own page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeSite, note, openSite, runHexo, shared, type Site } from '../helpers/site';

const corpusTool = shared('tools/corpus.mjs');
const chapters = shared('corpus/so-large-lm');
const skip = corpusTool && chapters ? false : '../shared is absent: the real-corpus build is skipped';

describe('real corpora', { skip }, () => {
  let site: Site;
  const ids: string[] = [];
  before(async () => {
    const dir = makeSite();
    const posts = path.join(dir, 'source/_posts');
    execFileSync(process.execPath, [corpusTool as string, path.join(posts, 'corpus'), '300']);
    for (const file of fs.readdirSync(path.join(posts, 'corpus'))) {
      const id = /^id: *(.+)$/m.exec(fs.readFileSync(path.join(posts, 'corpus', file), 'utf8'))?.[1]?.trim();
      assert.ok(id, file);
      ids.push(id);
    }
    for (const file of fs.readdirSync(chapters as string).sort()) {
      const text = fs.readFileSync(path.join(chapters as string, file), 'utf8');
      const title = /^# (.+)$/m.exec(text)?.[1] ?? file;
      const id = `so-large-lm-${path.basename(file, '.md')}`;
      fs.writeFileSync(path.join(posts, `${id}.md`), note({ title, id, tags: ['so-large-lm'] }, text));
      ids.push(id);
    }
    site = openSite(dir, await runHexo(dir, ['generate']));
  });
  after(() => site?.remove());

  test('the build has zero errors', () => {
    assert.equal(site.code, 0, site.output.slice(-4000));
    assert.deepEqual(site.errors, []);
  });

  test('the Markdown features add no warnings: footnotes (one written inside its brackets included), callouts, tags', () => {
    const theirs = site.warnings.filter((w) => /footnote|container|never closed|closes no|not a tag plugin/.test(w));
    assert.deepEqual(theirs, []);
  });

  test('every note is written with its body', () => {
    assert.equal(ids.length, 300 + fs.readdirSync(chapters as string).length);
    for (const id of ids) {
      assert.ok(site.exists(`${id}/index.html`), id);
    }
    const $ = site.$('so-large-lm-ch01/index.html');
    assert.ok($('article.note .note-body').text().length > 1000);
  });
});
