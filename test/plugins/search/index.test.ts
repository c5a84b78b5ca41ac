// The search index and page of real Hexo builds: the index comes out of
// hexo-generator-search with our sections (read back from its fragment files),
// holds text only, links to anchors that exist, leaves out `indexing: false`;
// the engine finds the seed note by every two-character Chinese substring of
// its prose, and a link card's label.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSearchEngine } from '../../../themes/notes/browser/search/engine';
import { readEntry, readNotes } from '../../helpers/search-index';
import { buildSite, note, type Site } from '../../helpers/site';

type IndexNote = ReturnType<typeof readNotes>[number];

/** Every file of the index, concatenated. */
function indexText(site: Site): string {
  const entry = readEntry(site);
  const dir = path.join(site.publicDir, entry.dir);
  return [site.read('search.json'), ...fs.readdirSync(dir).map((f) => site.read(entry.dir + f))].join('\n');
}

const RICH = [
  '导言里有**加粗**和 `inline` 代码。',
  '',
  '## 安装步骤',
  '',
  '先装依赖，再运行<br>脚本。',
  '',
  '```python',
  'print("你好")',
  '```',
  '',
  '<p>质能 <span class="math math-inline">E=mc^2 公式文本</span> 方程</p>',
  '',
  '<pre class="mermaid">graph TD; 图表文本-->B</pre>',
  '',
  '行内公式 $\\alpha + \\beta$ 结束。',
  '',
  '```mermaid',
  'graph TD; 真图表节点-->B',
  '```',
  '',
  '## 链接与表格',
  '',
  '[卡片标题](https://example.com/some/page)',
  '',
  '| 列一 | 列二 |',
  '| --- | --- |',
  '| 单元 | 格子 |',
  '',
  '> 引用的话',
].join('\n');

describe('search index of a fixture site', () => {
  let site: Site;
  let index: IndexNote[];
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/rich.md': note({ title: '标记丰富', id: 'rich', tags: ['标记', '测试'], date: '2024-03-01 10:00:00' }, RICH),
        '_posts/hidden.md': note({ title: '不索引', id: 'hidden', indexing: false }, '## 秘密\n\n隐藏词只在这里。'),
        '_posts/hostile.md': note({ title: '<img src=x onerror=alert(1)>', id: 'hostile' }, '普通内容。'),
      },
    });
    index = readNotes(site);
  });
  after(() => site?.remove());

  test('the build has no error and writes search.json (hexo-generator-search) and /search/', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings, []);
    assert.ok(site.exists('search/index.html'));
    assert.ok(!site.exists('search.xml'));
  });

  test('notes with `indexing: false` are left out', () => {
    assert.deepEqual(index.map((n) => n.url).sort(), ['/hostile/', '/rich/']);
    assert.ok(!indexText(site).includes('隐藏词'));
  });

  test('each note has title, url, tags, date and its sections', () => {
    const rich = index.find((n) => n.url === '/rich/');
    assert.ok(rich);
    assert.equal(rich.title, '标记丰富');
    assert.deepEqual(rich.tags, ['标记', '测试']);
    assert.equal(new Date(rich.date).getTime(), new Date('2024-03-01T10:00:00+08:00').getTime());
    assert.deepEqual(rich.sections, [
      ['', '', '导言里有加粗和 inline 代码。'],
      ['安装步骤', '安装步骤', '先装依赖，再运行\n脚本。\n质能 方程\n行内公式 结束。', 'print("你好")'],
      // The card's site name is on the page, so it is searchable (issue 13); its URL line is not.
      ['链接与表格', '链接与表格', '卡片标题\nexample.com\n列一\n列二\n单元\n格子\n引用的话'],
    ]);
  });

  test('the index holds no HTML, front matter, formulas, diagrams or button labels', () => {
    // The formulas and diagrams are on the page (math and mermaid features), just not in the index.
    const page = site.$('rich/index.html');
    assert.ok(page('.note-body .math').text().includes('α'));
    assert.equal(page('.note-body pre.mermaid').length, 2);
    const text = indexText(site);
    const strings = index.flatMap((n) => n.sections.flat());
    for (const s of strings) assert.doesNotMatch(s, /<\/?[a-z][^>]*>|&[a-z]+;|hljs|class=/i, s);
    for (const absent of ['公式文本', '图表文本', '真图表节点', 'alpha', 'α', 'some/page', '复制', 'indexing', 'date:', '"content"']) {
      assert.ok(!text.includes(absent), absent);
    }
  });

  test('every section anchor exists as an id on the note page', () => {
    for (const entry of index) {
      const $ = site.$(path.posix.join(entry.url.slice(1), 'index.html'));
      for (const [heading, anchor] of entry.sections) {
        if (!anchor) continue;
        const target = $(`[id="${anchor}"]`);
        assert.equal(target.length, 1, `${entry.url}#${anchor}`);
        assert.equal(target.text().trim(), heading);
      }
    }
  });

  test('the engine finds notes in the built index', () => {
    const engine = createSearchEngine(index);
    assert.deepEqual(engine.search('隐藏词'), []);
    const [code] = engine.search('print');
    assert.equal(code?.url, '/rich/');
    assert.equal(code?.sections[0]?.snippet.code, true);
    assert.equal(engine.search('卡片')[0]?.sections[0]?.anchor, '链接与表格');
    assert.equal(engine.search('onerror')[0]?.title, '<img src=x onerror=alert(1)>');
  });

  test('every page has the search box between the nav and the theme toggle', () => {
    for (const page of ['index.html', 'rich/index.html', 'tags/index.html', 'archives/index.html', '404.html', 'search/index.html']) {
      const $ = site.$(page);
      const header = $('header.site-header').children().toArray();
      const at = (sel: string) => header.findIndex((el) => $(el).is(sel));
      assert.ok(at('nav.site-nav') < at('.search') && at('.search') < at('[data-theme-toggle]'), page);
      const input = $('.search input[type="text"][role="combobox"]');
      assert.equal(input.length, 1, page);
      assert.equal(input.attr('aria-controls'), 'search-listbox');
      assert.equal($('#search-listbox[role="listbox"]').length, 1);
      assert.equal($('.search').attr('data-search-index'), '/search.json');
      assert.equal($('.search form').attr('action'), '/search/');
    }
  });

  test('the search page has its own layout: a form reading ?q=', () => {
    const $ = site.$('search/index.html');
    assert.equal($('[data-search-page] form[data-search-page-form] input[name="q"][type="search"]').length, 1);
    assert.equal($('[data-search-page]').attr('data-search-index'), '/search.json');
    assert.match($('title').text(), /^搜索 \| /);
  });

  test('a second generate, from the cached rendered notes, writes the same index', async () => {
    const before = indexText(site);
    fs.rmSync(path.join(site.publicDir, 'search.json'));
    const again = await site.hexo('generate');
    assert.equal(again.code, 0, again.output);
    assert.equal(indexText(site), before);
  });

  test('after an edit, the build that reads the other notes from db.json writes what a clean build writes', async () => {
    const file = path.join(site.dir, 'source', '_posts', 'rich.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('导言里有', '改过的导言里有'));
    const edited = await site.hexo('generate');
    assert.equal(edited.code, 0, edited.output);
    const incremental = indexText(site);
    assert.ok(incremental.includes('改过的导言'));
    assert.equal((await site.hexo('clean')).code, 0);
    assert.equal((await site.hexo('generate')).code, 0);
    assert.equal(incremental, indexText(site));
  });

  test('the engine is a chunk of its own, not in main.js', () => {
    const main = site.read('js/main.js');
    assert.ok(!main.includes('not a list of notes'));
    const chunks = fs.readdirSync(path.join(site.publicDir, 'js', 'chunks'));
    assert.ok(chunks.some((f) => site.read(`js/chunks/${f}`).includes('not a list of notes')));
  });
});

test('a search.path that is not .json is reported and the site still builds', async () => {
  const site = await buildSite({ files: { '_posts/a.md': note({ title: 'A', id: 'a' }, 'text') }, config: { search: { path: 'search.xml' } } });
  try {
    assert.deepEqual(site.errors, []);
    assert.ok(site.warnings.some((w) => w.includes('search.path') && w.includes('search.xml')), site.output);
    assert.ok(site.exists('a/index.html'));
  } finally {
    site.remove();
  }
});

describe('the seed site', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ projectSource: true });
  });
  after(() => site?.remove());

  test('every two-character Chinese substring of the seed note\'s prose finds it', () => {
    const engine = createSearchEngine(readNotes(site));
    // The prose as the page shows it, read independently of the index.
    const $ = site.$('ai/index.html');
    const body = $('article.note .note-body');
    body.find('.math, pre.mermaid, figure.code-block, figure.code-file, pre, .headerlink').remove();
    // Markup contract (post-dom/text-rules.ts): a callout's kind name (注意, a UI string) and footnote markers are chrome.
    body.find('.callout-kind, .sr-only, .footnote-ref, .footnote-backref').remove();
    // Markup contract: a link card's label, title, description and site name are prose.
    body.find('a.link-card').each((_, card) => {
      const parts = $(card).find('.link-card-caption, .link-card-title, .link-card-desc, .link-card-site').toArray();
      $(card).replaceWith(parts.map((p) => `<p>${$('<p>').text($(p).text()).html() ?? ''}</p>`).join(''));
    });
    const pairs = new Set<string>();
    body.find('p, li, h2, h3, h4, h5, h6, td, th, blockquote').each((_, el) => {
      for (const run of $(el).text().match(/\p{Script=Han}+/gu) ?? []) {
        for (let i = 0; i + 2 <= run.length; i++) pairs.add(run.slice(i, i + 2));
      }
    });
    assert.ok(pairs.size > 500, `only ${pairs.size} pairs`);
    const missed = [...pairs].filter((pair) => !engine.search(pair).some((r) => r.url === '/ai/'));
    assert.deepEqual(missed, []);
  });

  test('项目地址, a link card\'s label, finds the seed note', () => {
    const engine = createSearchEngine(readNotes(site));
    assert.ok(site.$('ai/index.html')('.link-card-caption').text().includes('项目地址'));
    assert.ok(engine.search('项目地址').some((r) => r.url === '/ai/'));
  });

  test('微调 opens the 微调(Fine Tuning) section, which exists on the page', () => {
    const engine = createSearchEngine(readNotes(site));
    const [result] = engine.search('微调');
    assert.equal(result?.url, '/ai/');
    const section = result.sections[0];
    assert.equal(section?.heading, '微调(Fine Tuning)');
    const id = decodeURIComponent(section.url.split('#')[1] ?? '');
    assert.equal(site.$('ai/index.html')(`[id="${id}"]`).text().trim(), '微调(Fine Tuning)');
  });
});
