import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, projectRoot, type Site } from '../../helpers/site';

const SEED = fs.readFileSync(path.join(projectRoot, 'source/_posts/ai.md'), 'utf8');
/** The seed's body: everything after the closing `---` of its front matter. */
const SEED_BODY = SEED.slice(SEED.indexOf('\n---', 3) + 4).replace(/^\s*\n/, '');
const SEED_TITLE = /^title:\s*(.+)$/m.exec(SEED)?.[1]?.replace(/^['"]|['"]$/g, '') ?? '';

describe('llms.txt, llms-full.txt and each note as Markdown', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      projectSource: true,
      files: {
        '_posts/hidden.md': note({ title: '不索引', id: 'hidden', indexing: false }, '隐藏的笔记。'),
        '_posts/bracket.md': note({ title: 'A [b] 笔记', id: 'bracket', tags: ['工具'] }, '第一段摘要。\n\n更多。'),
        '_posts/described.md': note({ title: '有描述', id: 'described', tags: ['工具'], description: '前言里的一句话' }, '正文第一段。'),
        '_drafts/draft.md': note({ title: '草稿', id: 'draft' }, '还没写完。'),
      },
    });
    assert.deepEqual(site.errors, []);
  });
  after(() => site.remove());

  test('llms.txt: the title, the description as a quote, then the notes by group with a summary', () => {
    const text = site.read('llms.txt');
    assert.ok(text.startsWith('# LLM 笔记\n\n> 关于大语言模型、微调、RAG 与本地部署的个人知识库\n'), text);
    assert.ok(SEED_TITLE && text.includes(`[${SEED_TITLE}](http://localhost:4000/ai/index.md): `), text);
    assert.match(text, /## 工具\n\n- \[A \\\[b\\\] 笔记\]\(http:\/\/localhost:4000\/bracket\/index\.md\): 第一段摘要。\n/);
    assert.ok(!text.includes('hidden') && !text.includes('草稿'));
    // A note's own description: is its summary.
    assert.ok(text.includes('[有描述](http://localhost:4000/described/index.md): 前言里的一句话\n'), text);
  });

  test('/ai/index.md is the seed body, without front matter', () => {
    assert.equal(site.read('ai/index.md').trimEnd(), SEED_BODY.trimEnd());
  });

  test('llms-full.txt has every published note, not the hidden one or the draft', () => {
    const full = site.read('llms-full.txt');
    assert.ok(full.includes(SEED_BODY.trimEnd()));
    assert.ok(full.includes('# A [b] 笔记\n\nURL: http://localhost:4000/bracket/\n\n第一段摘要。'));
    assert.ok(!full.includes('隐藏的笔记') && !full.includes('还没写完'));
    assert.ok(!site.exists('hidden/index.md') && !site.exists('draft/index.md'));
  });

  test('a note announces its Markdown and has the copy button; a hidden note has neither', () => {
    const $ = site.$('ai/index.html');
    assert.equal($('link[rel="alternate"][type="text/markdown"]').attr('href'), '/ai/index.md');
    assert.equal($('button.copy-markdown').attr('data-copy-markdown'), '/ai/index.md');
    assert.equal($('button.copy-markdown').text(), '复制为 Markdown');
    const hidden = site.$('hidden/index.html');
    assert.equal(hidden('link[type="text/markdown"]').length + hidden('button.copy-markdown').length, 0);
  });
});
