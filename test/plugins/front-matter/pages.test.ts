// Standalone pages (`hexo new page about`, layout page.ejs) built by real Hexo: the
// same table of contents, word count line and flag checks as notes; the site total
// stays a sum over notes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { buildSite, logLines, note, type Site } from '../../helpers/site';

/** A page as `hexo new page` writes it, with the given front matter and body. */
function page(front: Record<string, unknown>, body: string): string {
  return `---\n${YAML.stringify({ date: '2024-01-01 10:00:00', ...front }).trimEnd()}\n---\n\n${body}\n`;
}

const BODY = [
  '## 关于本站',
  '',
  '记录大模型 notes。',
  '',
  '### 写作工具',
  '',
  '```sh',
  'echo 不算',
  '```',
  '',
  '## 联系方式',
  '',
  '##### 太深',
].join('\n');
// CJK: 关于本站 4, 记录大模型 5, 写作工具 4, 联系方式 4, 太深 2; other: notes.
const BODY_WORDS = 4 + 5 + 4 + 4 + 2 + 1;

describe('pages on a fixture site', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/a.md': note({ title: 'A', id: 'a' }, '一篇笔记。'),
        'about/index.md': page({ title: '关于' }, BODY),
        'no-toc/index.md': page({ title: '无目录', no_toc: true }, BODY),
        'no-count/index.md': page({ title: '无字数', no_word_count: true }, BODY),
        'plain/index.md': page({ title: '无标题' }, '只有一段话。\n\n##### 太深'),
        'bad-flag/index.md': page({ title: '坏标记', no_toc: 'yes', no_word_count: 1 }, BODY),
      },
    });
  });
  after(() => site.remove());

  test('a page with headings gets the TOC beside it and the word count under its title', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('about/index.html');
    const nav = $('article.page ~ .doc-aside > nav.toc[data-toc]');
    assert.equal(nav.length, 1);
    assert.equal(nav.find('button[data-toc-toggle]').attr('aria-controls'), nav.find('[data-toc-body]').attr('id'));
    const top = $('nav.toc ol.toc-list > li > a[data-toc-link]').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(top, ['#关于本站', '#联系方式']);
    assert.deepEqual($('nav.toc ol.toc-list > li').first().find('> ol.toc-sublist > li > a').map((_, a) => $(a).text()).get(), ['写作工具']);
    assert.equal($('nav.toc a').filter((_, a) => $(a).text() === '太深').length, 0);
    for (const href of $('nav.toc a').map((_, a) => $(a).attr('href')).get()) {
      assert.equal($(`[id="${href.slice(1)}"]`).length, 1, href);
    }

    const stats = $('article.page .note-header .note-stats');
    assert.equal(stats.length, 1);
    assert.equal(stats.attr('data-word-count'), String(BODY_WORDS));
    assert.equal(stats.attr('data-reading-minutes'), '1');
    assert.equal(stats.text(), `字数 ${BODY_WORDS} · 阅读约 1 分钟`);
  });

  test('no_toc: true hides the TOC and leaves no aside box; the count stays', () => {
    const $ = site.$('no-toc/index.html');
    assert.equal($('nav.toc').length, 0);
    assert.equal($('.doc-aside').html(), '');
    assert.equal($('.note-stats').attr('data-word-count'), String(BODY_WORDS));
  });

  test('no_word_count: true hides the count; the TOC stays', () => {
    const $ = site.$('no-count/index.html');
    assert.equal($('[data-word-count]').length, 0);
    assert.equal($('.note-meta').length, 0);
    assert.equal($('.doc-aside > nav.toc').length, 1);
  });

  test('a page without h2–h4 has no TOC and an empty aside', () => {
    const $ = site.$('plain/index.html');
    assert.equal($('nav.toc').length, 0);
    assert.equal($('.doc-aside').length, 1);
    assert.equal($('.doc-aside').html(), '');
    assert.equal($('.note-stats').attr('data-word-count'), String(5 + 2));
  });

  test('a flag that is not a boolean warns naming the page file; the flag stays off', async () => {
    const warnings = site.warnings.join('\n');
    assert.match(warnings, /source\/bad-flag\/index\.md:4: front matter "no_toc" is "yes", not true or false/);
    assert.match(warnings, /source\/bad-flag\/index\.md:5: front matter "no_word_count" is 1/);
    assert.equal(site.warnings.length, 2, warnings);
    const $ = site.$('bad-flag/index.html');
    assert.equal($('nav.toc').length, 1);
    assert.equal($('.note-stats').length, 1);
    // A build from the cache (as `hexo server` regenerates) warns again.
    const again = await site.hexo('generate');
    assert.match(logLines(again.output, 'WARN').join('\n'), /source\/bad-flag\/index\.md:4: front matter "no_toc" is "yes"/);
  });

  test("a page's words are counted on the page and left out of the site total", () => {
    const noteWords = site.$('a/index.html')('.note-stats').attr('data-word-count');
    assert.equal(noteWords, '4');
    assert.equal(site.$('about/index.html')('.note-stats').attr('data-word-count'), String(BODY_WORDS));
    assert.equal(site.$('index.html')('.site-stats').attr('data-total-words'), noteWords);
  });
});

describe('theme switches on pages', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { theme_config: { word_count: { enable: false }, toc: { enable: false } } },
      files: { 'about/index.md': page({ title: '关于' }, BODY) },
    });
  });
  after(() => site.remove());

  test('word_count.enable: false and toc.enable: false hide both on pages', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('about/index.html');
    assert.equal($('h2#关于本站').length, 1);
    assert.equal($('[data-word-count]').length, 0);
    assert.equal($('nav.toc').length, 0);
    assert.equal($('.doc-aside').html(), '');
  });
});
