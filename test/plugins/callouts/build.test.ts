// Real Hexo builds: the fixture note with every construct (and the broken forms),
// the seed's `> 注：`, the Chinese labels switched off, and what the word count reads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { buildSite, note, type Site } from '../../helpers/site';
import { parseXml } from '../../helpers/xml';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'every-construct.md'), 'utf8');

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('a note with every construct', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files: { '_posts/every.md': fixture } });
  });
  after(() => site?.remove());

  test('builds; the broken forms warn with file:line and the rest renders', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const expected: Array<[number, string]> = [
      [134, 'footnote [^missing] has no definition'],
      [136, 'footnote [^unused] is defined but never referenced'],
      [138, 'unknown container "::: mystery"'],
      [140, 'a ":::" that closes no container'],
      [142, '"::: tip" is never closed'],
    ];
    assert.equal(site.warnings.length, expected.length, site.warnings.join('\n'));
    expected.forEach(([line, text], i) => assert.ok(site.warnings[i]?.includes(`source/_posts/every.md:${line}: ${text}`), site.warnings[i]));
    const $ = site.$('every-construct/index.html');
    assert.match($('.note-body > p').last().text(), /结尾的内容仍然渲染/);
  });

  test('GitHub alerts, Chinese labels and containers are callouts with a title, an icon and the kind', () => {
    const $ = site.$('every-construct/index.html');
    const callouts = $('.note-body aside.callout');
    const kinds = callouts.map((_, el) => $(el).attr('data-kind')).get();
    assert.deepEqual(kinds, ['note', 'tip', 'warning', 'caution', 'important', 'note', 'tip', 'tip', 'warning', 'info', 'danger', 'note']);
    const titles = callouts.map((_, el) => $(el).children('.callout-title').text()).get();
    assert.deepEqual(titles, ['注意', '提示：自定义标题', '警告', '危险', '重要', '注意', '提示', '提示：容器标题', '警告', '信息', '危险：小心', '注意']);
    assert.equal(callouts.find('> .callout-title > svg.callout-icon[aria-hidden="true"]').length, callouts.length);
    assert.equal(callouts.eq(1).find('> p').eq(1).html(), '带标题的提示，含 <strong>粗体</strong>。');
    assert.equal(callouts.eq(5).find('> p').eq(1).text(), '这是中文注释写法。');
    assert.equal($('.note-body > blockquote').text().trim(), '普通引用不变。');
  });

  test('Markdown inside a callout: lists, code, math, nested callouts, file blocks', () => {
    const $ = site.$('every-construct/index.html');
    const tip = $('.note-body > aside.callout[data-kind="tip"]').eq(2);
    assert.equal(tip.find('> ul > li').length, 2);
    assert.equal(tip.find('> figure.code-block pre').text(), 'print("::: 不是容器")');
    assert.equal(tip.find('> p .math').length, 1);
    assert.equal(tip.find('> aside.callout[data-kind="warning"]').length, 1);
    assert.equal($('aside.callout[data-kind="note"] > figure.code-file[data-kind="compose"]').length, 1);
  });

  test('a :::, [!NOTE] in a code block stays code', () => {
    const $ = site.$('every-construct/index.html');
    assert.equal($('figure.code-block[data-lang="text"] pre').text(), '> [!NOTE]\n::: tip');
  });

  test('details: closed, with its summary', () => {
    const $ = site.$('every-construct/index.html');
    const details = $('details.callout[data-kind="details"]');
    assert.equal(details.length, 1);
    assert.equal(details.attr('open'), undefined);
    assert.equal(details.children('summary').first().text(), '点击展开');
  });

  test('marked lines: {1,3-4}, mark:, notation, diff, line numbers, the wrap toggle', () => {
    const $ = site.$('every-construct/index.html');
    const classes = (i: number): string[] => $('.note-body > figure.code-block').eq(i).find('pre code > span').map((_, el) => $(el).attr('class')).get();
    assert.deepEqual(classes(0), ['line highlighted', 'line', 'line highlighted', 'line highlighted']);
    assert.deepEqual(classes(1), ['line', 'line highlighted']);
    assert.deepEqual(classes(2), ['line diff remove', 'line diff add', 'line highlighted']);
    assert.equal($('.note-body > figure.code-block').eq(2).attr('data-line-numbers'), '');
    assert.equal($('.note-body > figure.code-block').eq(2).find('pre').text(), 'let x = 1;\nlet x = 2;\nconsole.log(x);');
    assert.deepEqual(classes(4), ['line diff remove', 'line diff add', 'line']);
    assert.equal($('figure.code-block button[data-wrap-toggle]').length, 1);
    assert.equal($('button[data-wrap-toggle]').closest('figure').find('pre').text().length > 100, true);
  });

  test('a file block: marked line, notation gone from the page and from the download', () => {
    const $ = site.$('every-construct/index.html');
    const file = $('figure.code-file');
    assert.equal(file.find('.line.highlighted').text(), '      - "8080:80"');
    assert.equal(site.read('every-construct/docker-compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
  });

  test('a code group: a tablist of the titles, every block in the page', () => {
    const $ = site.$('every-construct/index.html');
    const group = $('.code-group');
    assert.deepEqual(group.find('[role="tablist"] [role="tab"]').map((_, el) => $(el).text()).get(), ['pip', 'conda', 'docker']);
    assert.deepEqual(group.children('figure').map((_, el) => $(el).attr('data-title')).get(), ['pip', 'conda', 'docker']);
  });

  test('footnotes: numbered references, distinct back-links, one section', () => {
    const $ = site.$('every-construct/index.html');
    assert.equal($('sup.footnote-ref').first().html(), '<a href="#fn-1" id="fnref-1">1</a>');
    assert.deepEqual($('sup.footnote-ref a').map((_, el) => $(el).attr('id')).get(), ['fnref-1', 'fnref-2', 'fnref-1-2']);
    assert.equal($('section.footnotes').length, 1);
    assert.deepEqual($('#fn-1 a.footnote-backref').map((_, el) => $(el).attr('href')).get(), ['#fnref-1', '#fnref-1-2']);
    assert.match($('#fn-2').text(), /论文 Attention Is All You Need/);
  });
});

describe('the seed, labels switched off, and what is prose', () => {
  let site: Site;
  let off: Site;
  before(async () => {
    const files = {
      '_posts/count.md': note({ title: 'c', id: 'count' }, '> [!NOTE]\n> 你好\n\n文[^1]\n\n[^1]: 脚注\n\n> 注：一'),
    };
    site = await buildSite({ projectSource: true });
    off = await buildSite({ files, config: { callouts: { chinese_labels: false } } });
  });
  after(() => {
    site?.remove();
    off?.remove();
  });

  test("the seed's > 注： quotes are note callouts, without new warnings", () => {
    const $ = site.$('ai/index.html');
    const notes = $('aside.callout[data-kind="note"]');
    assert.equal(notes.length, 4);
    assert.match(notes.first().text(), /^注意\s*如果需要引入最新的信息/);
    assert.deepEqual(site.warnings.filter((w) => w.includes('ai.md')), []);
  });

  test('callouts.chinese_labels: false leaves the quote; the word count reads callout and footnote text, not the markers', () => {
    const $ = off.$('count/index.html');
    assert.equal($('.note-body > blockquote').text().trim(), '注：一');
    // 你好 (2) + 文 (1) + 脚注 (2) + 注一 (2): no kind title, no reference number.
    assert.equal($('.note-stats').attr('data-word-count'), '7');
  });
});

describe('callouts in the feed and in the listings', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/warn.md': note({ title: '先警告', id: 'warn', date: '2024-05-01' }, '> [!WARNING] 升级前\n> 先备份数据，再升级。\n\n正文第一段。\n\n::: details 展开看\n细节。\n:::\n'),
        '_posts/more.md': note({ title: '有摘要', id: 'more', date: '2024-05-02' }, '> 注：这是旧接口。\n\n后文。\n\n<!-- more -->\n\n更多。'),
      },
    });
  });
  after(() => site?.remove());

  test('the feed carries each callout with its kind, title and icon, and a summary cut at <!-- more --> keeps its callout', () => {
    assert.deepEqual(site.errors, []);
    const feed = parseXml(site.read('atom.xml'));
    const entry = (id: string): cheerio.CheerioAPI => {
      const found = feed('entry').filter((_, e) => feed(e).find('id').text().endsWith(`/${id}/`));
      assert.equal(found.length, 1, `one feed entry for ${id}`);
      return cheerio.load(found.find('content').text());
    };
    const warn = entry('warn');
    // The kind is there for screen readers; a feed reader without our stylesheet shows it before the title.
    assert.equal(warn('aside.callout[data-kind="warning"] .callout-title').text(), '警告：升级前');
    assert.equal(warn('aside.callout svg.callout-icon').attr('width'), '16', 'the icon keeps its size where no stylesheet applies');
    assert.equal(warn('details.callout[data-kind="details"] > summary').text(), '展开看');
    const summary = cheerio.load(feed('entry').filter((_, e) => feed(e).find('id').text().endsWith('/more/')).find('summary').text());
    assert.equal(summary('aside.callout[data-kind="note"] > p:not(.callout-title)').text(), '这是旧接口。');
    assert.doesNotMatch(summary.text(), /更多/);
  });

  test("a listing's one-line excerpt is the callout's text, without its kind or title", () => {
    const $ = site.$('index.html');
    const excerpt = (id: string): string => $(`.note-item:has(a[href="/${id}/"]) .note-item-excerpt`).text().trim();
    assert.equal(excerpt('warn'), '先备份数据，再升级。');
    assert.equal(excerpt('more'), '这是旧接口。');
  });
});

describe('containers inside list items', () => {
  let site: Site;
  before(async () => {
    const body = [
      '1. 安装依赖：',
      '',
      '   ::: warning 版本',
      '   需要 **Docker 24** 以上。',
      '',
      '   ```bash',
      '   docker --version',
      '   ```',
      '   :::',
      '',
      '2. 启动服务。',
      '',
      '       ::: tip',
      '       列表项文字之后四个空格：缩进代码',
      '       :::',
    ].join('\n');
    site = await buildSite({ files: { '_posts/steps.md': note({ title: 'steps', id: 'steps' }, body) } });
  });
  after(() => site?.remove());

  test('a callout in a list item stays in that item, Markdown and code inside it rendered', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings, []);
    const $ = site.$('steps/index.html');
    const items = $('.note-body > ol > li');
    assert.equal(items.length, 2);
    const callout = items.first().children('aside.callout');
    assert.equal(callout.attr('data-kind'), 'warning');
    assert.equal(callout.find('strong').text(), 'Docker 24');
    assert.match(callout.find('figure.code-block code').text(), /docker --version/);
    // Four spaces past the item's text: indented code in the item, as CommonMark has it.
    assert.equal(items.last().find('aside.callout').length, 0);
    assert.match(items.last().find('pre').text(), /::: tip/);
  });
});

describe('containers inside quotes', () => {
  let site: Site;
  before(async () => {
    const body = ['> 部署之前：', '>', '> ::: warning 版本', '> 需要 **Docker 24** 以上。', '> :::', '', '> ::: tip', '> 没有闭合'].join('\n');
    site = await buildSite({ files: { '_posts/quoted.md': note({ title: 'quoted', id: 'quoted' }, body) } });
  });
  after(() => site?.remove());

  test('a callout in a quote stays in that quote with its Markdown; an unclosed one warns with file:line', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const quotes = site.$('quoted/index.html')('.note-body > blockquote');
    assert.equal(quotes.length, 2);
    const callout = quotes.first().children('aside.callout');
    assert.equal(callout.attr('data-kind'), 'warning');
    assert.equal(callout.find('strong').text(), 'Docker 24');
    assert.match(quotes.last().text(), /::: tip/);
    assert.ok(site.warnings.some((w) => /quoted\.md:\d+/.test(w) && /never closed/.test(w)), site.warnings.join('\n'));
  });
});

describe('notes written for NexT, Butterfly and Fluid', () => {
  let site: Site;
  before(async () => {
    const body = [
      '{% note info %}',
      '需要 **Docker 24** 以上，公式 $E=mc^2$：',
      '',
      '```bash',
      'docker compose up -d',
      '```',
      '{% endnote %}',
      '',
      "{% note red 'fas fa-bug' modern %}",
      '已知问题：{% raw %}{{ name }}{% endraw %}',
      '{% endnote %}',
      '',
      '{% fold info @点击展开 %}',
      '折叠的内容',
      '{% endfold %}',
      '',
      '{% hideToggle 查看答案,bg,#fff %}',
      '答案是 42',
      '{% endhideToggle %}',
      '',
      '{% hideBlock 显示全文,#ccc %}',
      '被藏起的 **全文**',
      '{% endhideBlock %}',
      '',
      '{% tabs 安装 %}',
      '<!-- tab pip -->',
      '```bash',
      'pip install x',
      '```',
      '<!-- endtab -->',
      '<!-- tab conda -->',
      '用 **conda**',
      '<!-- endtab -->',
      '{% endtabs %}',
      '',
      '{% gallery %}',
      '![图 1：第一张](/img/one.png)',
      '![第二张](/img/two.png)',
      '{% endgallery %}',
      '',
      '{% cq %}',
      '**人生**乃是一面镜子',
      '{% endcq %}',
      '',
      '{% timeline 更新日志,blue %}',
      '<!-- timeline 2024-01 -->',
      '**发布** 1.0',
      '<!-- endtimeline -->',
      '<!-- timeline 2024-06 -->',
      '- 修复',
      '<!-- endtimeline -->',
      '{% endtimeline %}',
      '',
      '{% folding child:codeblock open:true color:yellow, 折叠的代码 %}',
      '```bash',
      'make',
      '```',
      '{% endfolding %}',
      '',
      '{% noteblock warning, 注意事项 %}',
      '先 **备份**',
      '{% endnoteblock %}',
    ].join('\n');
    const broken = ['{% note info %}', '闭合的', '{% endnote %}', '', '{% note warning %}', '没有闭合'].join('\n');
    site = await buildSite({
      files: {
        '_posts/migrated.md': note({ title: 'migrated', id: 'migrated' }, body),
        '_posts/unclosed.md': note({ title: 'unclosed', id: 'unclosed' }, broken),
        'img/one.png': PNG,
        'img/two.png': PNG,
      },
    });
  });
  after(() => site?.remove());

  test('a gallery is a div.note-gallery of its images, each sized and zoomable as any image of a note', () => {
    const $ = site.$('migrated/index.html');
    const images = $('.note-body > div.note-gallery img');
    assert.deepEqual(images.map((_, el) => `${$(el).attr('src')} ${$(el).attr('width')}×${$(el).attr('height')} ${$(el).attr('alt')}`).get(), ['/img/one.png 1×1 图 1：第一张', '/img/two.png 1×1 第二张']);
    assert.equal(images.filter('[data-zoom]').length, 2);
  });

  test("Butterfly's timeline: its title, and each event's date over its Markdown", () => {
    const $ = site.$('migrated/index.html');
    const timeline = $('.note-body > div.note-timeline');
    assert.equal(timeline.children('.note-timeline-title').text(), '更新日志');
    const events = timeline.children('.note-timeline-item');
    assert.deepEqual(events.map((_, el) => $(el).children('.note-timeline-date').text()).get(), ['2024-01', '2024-06']);
    assert.equal(events.first().find('strong').text(), '发布');
    assert.equal(events.last().find('ul > li').text(), '修复');
  });

  test('only pages with a gallery, timeline or centre quote load css/blocks.css', () => {
    const links = (rel: string): string[] => site.$(rel)('link[rel="stylesheet"]').map((_, el) => String(el.attribs.href)).get();
    assert.ok(links('migrated/index.html').includes('/css/blocks.css'), links('migrated/index.html').join(' '));
    assert.ok(!links('unclosed/index.html').includes('/css/blocks.css'));
    assert.ok(!links('index.html').includes('/css/blocks.css'));
    assert.match(fs.readFileSync(path.join(site.publicDir, 'css/blocks.css'), 'utf8'), /\.note-gallery \{/);
  });

  test("NexT's centre quote is a blockquote with its Markdown", () => {
    const $ = site.$('migrated/index.html');
    assert.equal($('.note-body > blockquote.note-centerquote strong').text(), '人生');
  });

  test('their callout tags render as callouts with Markdown inside, and the note keeps its tag plugins', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const $ = site.$('migrated/index.html');
    const asides = $('.note-body > aside.callout');
    assert.deepEqual(asides.map((_, el) => $(el).attr('data-kind')).get(), ['info', 'danger', 'warning']);
    assert.equal(asides.first().find('strong').text(), 'Docker 24');
    assert.equal(asides.first().find('.math').length, 1);
    assert.equal(asides.first().find('figure.code-block pre').text().trim(), 'docker compose up -d');
    // Nunjucks stayed on: {% raw %} did its work.
    assert.equal(asides.eq(1).children('p').last().text(), '已知问题：{{ name }}');
    const folds = $('.note-body > details.callout[data-kind="details"]');
    assert.deepEqual(folds.map((_, el) => $(el).children('summary').text()).get(), ['点击展开', '查看答案', '显示全文', '折叠的代码']);
    assert.equal(folds.last().find('figure.code-block pre').text().trim(), 'make');
    assert.equal(asides.last().find('strong').text(), '备份');
    assert.equal(folds.eq(1).children('p').text(), '答案是 42');
    assert.equal(folds.eq(2).find('strong').text(), '全文');
    const group = $('.note-body > div.code-group');
    assert.deepEqual(group.find('> .code-group-tabs > [role="tab"]').map((_, el) => $(el).attr('data-title')).get(), ['pip', 'conda']);
    assert.equal(group.find('> .code-group-panel').first().find('figure.code-block pre').text().trim(), 'pip install x');
    assert.equal(group.find('> .code-group-panel').last().find('strong').text(), 'conda');
    assert.ok(!site.warnings.some((w) => w.includes('migrated.md')), site.warnings.join('\n'));
  });

  test('an unclosed one warns with its file:line and stays text; the closed ones still render', () => {
    assert.deepEqual(site.errors, []);
    const warnings = site.warnings.filter((w) => w.includes('unclosed.md'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /unclosed\.md:12: "\{% note warning %\}" is never closed/);
    const $ = site.$('unclosed/index.html');
    assert.match($('.note-body > aside.callout[data-kind="info"]').text(), /闭合的/);
    assert.match($('.note-body').text(), /\{% note warning %\}\s*没有闭合/);
  });
});

describe('callout tags written on one line (as Butterfly writes them)', () => {
  let site: Site;
  before(async () => {
    const body = [
      '{% note info simple %}需要 **Docker 24** 以上{% endnote %}',
      '',
      '{% fold @答案 %}是 `42`{% endfold %}',
      '',
      '{% note warning %}',
      '结束标签写在行内 {% endnote %}',
      '',
      // Stellar's one-tag notes: colour, title, content in the tag; no end tag.
      '{% note color:yellow 安装前 需要 **Docker** 环境 %}',
      '',
      '{% note 只有内容的提示 %}',
      '',
      '后文',
    ].join('\n');
    site = await buildSite({ files: { '_posts/one-line.md': note({ title: 'one-line', id: 'one-line' }, body) } });
  });
  after(() => site?.remove());

  test('they render as the same callouts, their Markdown rendered, with no warning', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    assert.ok(!site.warnings.some((w) => w.includes('one-line.md')), site.warnings.join('\n'));
    const $ = site.$('one-line/index.html');
    const asides = $('.note-body > aside.callout');
    assert.deepEqual(asides.map((_, el) => $(el).attr('data-kind')).get(), ['info', 'warning', 'warning', 'note']);
    assert.equal(asides.first().find('strong').text(), 'Docker 24');
    assert.match(asides.eq(1).text(), /结束标签写在行内/);
    const stellar = asides.eq(2);
    assert.match(stellar.children('.callout-title').text(), /安装前/);
    assert.equal(stellar.find('p strong').text(), 'Docker');
    assert.match(stellar.text(), /需要 Docker 环境/);
    assert.equal(asides.eq(3).children('p').last().text(), '只有内容的提示');
    const fold = $('.note-body > details.callout');
    assert.equal(fold.children('summary').text(), '答案');
    assert.equal(fold.find('code').text(), '42');
    assert.equal($('.note-body > p').last().text(), '后文');
  });
});
