// `hexo new` in a real site: ids, clashes, pages and drafts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import YAML from 'yaml';
import { makeSite, note, openSite, runHexo as runHexoRaw, type CommandResult } from '../../helpers/site';

/** Hexo's console output without colour codes. */
async function runHexo(dir: string, args: string[]): Promise<CommandResult> {
  const r = await runHexoRaw(dir, args);
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  return { ...r, output: r.output.replace(/\u001b\[[0-9;]*m/g, '') };
}

function frontMatter(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, text);
  return YAML.parse(m[1] ?? '') as Record<string, unknown>;
}

describe('hexo new', () => {
  const dir = makeSite({
    files: {
      '_posts/existing.md': note({ title: 'Existing', id: 'zhu-yi-li' }, 'text'),
      'about-me/index.md': '---\ntitle: About\n---\n',
    },
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const posts = path.join(dir, 'source/_posts');

  test('a Chinese title: pinyin id, file named after it, the full scaffold', async () => {
    const r = await runHexo(dir, ['new', '大模型 微调']);
    assert.equal(r.code, 0, r.output);
    const file = path.join(posts, 'da-mo-xing-wei-tiao.md');
    const data = frontMatter(file);
    assert.deepEqual(Object.keys(data), ['title', 'date', 'tags', 'id', 'no_word_count', 'no_toc']);
    assert.equal(data.title, '大模型 微调');
    assert.equal(data.id, 'da-mo-xing-wei-tiao');
    assert.deepEqual(data.tags, []);
    assert.equal(data.no_word_count, false);
    assert.equal(data.no_toc, false);
    assert.match(String(data.date), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    assert.match(r.output, /Note id: da-mo-xing-wei-tiao/);
  });

  test('an id already used by a note gets a suffix, and the command says so', async () => {
    const r = await runHexo(dir, ['new', '注意力']);
    assert.equal(r.code, 0, r.output);
    assert.match(r.output, /WARN {2}id "zhu-yi-li" is already used by source\/_posts\/existing\.md; this note gets id "zhu-yi-li-2"/);
    assert.equal(frontMatter(path.join(posts, 'zhu-yi-li-2.md')).id, 'zhu-yi-li-2');
    assert.equal(frontMatter(path.join(posts, 'existing.md')).id, 'zhu-yi-li', 'the existing note is untouched');
  });

  test('--id sets the id; a clash with a site folder is avoided too', async () => {
    const r = await runHexo(dir, ['new', 'Whatever', '--id', 'my-id']);
    assert.equal(r.code, 0, r.output);
    assert.equal(frontMatter(path.join(posts, 'my-id.md')).id, 'my-id');
    const tags = await runHexo(dir, ['new', 'Tag list', '--id', 'tags']);
    assert.match(tags.output, /id "tags" is already used by tag_dir/);
    assert.equal(frontMatter(path.join(posts, 'tags-2.md')).id, 'tags-2');
    const page = await runHexo(dir, ['new', 'About me', '--id', 'about-me']);
    assert.equal(frontMatter(path.join(posts, 'about-me-2.md')).id, 'about-me-2');
    assert.match(page.output, /already used by source\/about-me/);
  });

  test('titles YAML would mangle are kept exactly', async () => {
    const title = 'C# 与 "引号": a #comment \\ & <b>';
    const r = await runHexo(dir, ['new', title]);
    assert.equal(r.code, 0, r.output);
    const created = /Created: (.+\.md)/.exec(r.output)?.[1];
    assert.ok(created, r.output);
    assert.equal(frontMatter(created.trim()).title, title);
  });

  test('hexo new page uses the page scaffold; pages get no id', async () => {
    const r = await runHexo(dir, ['new', 'page', 'about']);
    assert.equal(r.code, 0, r.output);
    const data = frontMatter(path.join(dir, 'source/about/index.md'));
    assert.equal(data.title, 'about');
    assert.ok(!('id' in data));
  });

  test('a draft has its own scaffold and is published only when asked', async () => {
    const r = await runHexo(dir, ['new', 'draft', '草稿笔记']);
    assert.equal(r.code, 0, r.output);
    const data = frontMatter(path.join(dir, 'source/_drafts/cao-gao-bi-ji.md'));
    assert.equal(data.id, 'cao-gao-bi-ji');
    assert.ok(!('date' in data), 'a draft is dated when it is published');

    const plain = openSite(dir, await runHexo(dir, ['generate']));
    assert.equal(plain.code, 0, plain.output);
    assert.ok(plain.exists('da-mo-xing-wei-tiao/index.html'));
    assert.ok(!plain.exists('cao-gao-bi-ji/index.html'), 'drafts are not published');
    await runHexo(dir, ['clean']);
    const withDrafts = openSite(dir, await runHexo(dir, ['generate', '--draft']));
    assert.ok(withDrafts.exists('cao-gao-bi-ji/index.html'), 'hexo generate --draft publishes drafts');
  });

  test('the next new note does not reuse a draft\'s id', async () => {
    const r = await runHexo(dir, ['new', '草稿笔记']);
    assert.match(r.output, /this note gets id "cao-gao-bi-ji-2"/);
  });
});
