// Real Hexo builds of fixture notes: which links become cards, what a card shows,
// escaping, the switches, the store and its changes between builds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { buildSite, note, runHexo, type Site } from '../../helpers/site';

// The smallest valid PNG (1×1).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const CARDS = `
项目地址：[LongChain](https://github.com/langchain-ai/langchain)

项目地址: [Tabby](https://github.com/TabbyML/tabby)

官网：[Ollama](https://ollama.com/)

Project: [Docling](https://github.com/DS4SD/docling)

[Is MLX the best Fine Tuning Framework?](https://www.youtube.com/watch?v=BCfCdTp-fdM)

[李宏毅2024春《生成式人工智能导论》](https://www.bilibili.com/video/BV1BJ4m1e7g8)

https://example.com/bare/page

[A & B "quoted"](https://example.com/a?b=1&c=2)
`;

const INLINE = `
## A heading with [a link](https://example.com/heading)

See [the docs](https://example.com/sentence) for more.

- [List link](https://example.com/list)
- item with [inline](https://example.com/list2)

| name | link |
| --- | --- |
| x | [Table link](https://example.com/table) |

> 注：具体配置参见 [Quote link](https://example.com/quote) 博客。

> [Lone quote link](https://example.com/quote2)

[![logo](/logo.png)](https://example.com/image)

[Other note](/cards/)

之后即可访问 [http://localhost:8080](http://localhost:8080) 进入管理页面。
`;

const STORE = {
  'https://github.com/langchain-ai/langchain': {
    title: 'LangChain repo',
    description: 'Build context-aware <reasoning> applications & more',
    site_name: 'GitHub',
    image: '/images/link-cards/langchain.png',
  },
  'https://ollama.com/': { description: 'Get up and running', image: 'https://cdn.example.com/ollama.png' },
  'https://example.com/bare/page': { title: 'Bare page title' },
};

describe('link cards in a built site', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/cards.md': note({ title: 'Cards', id: 'cards' }, CARDS),
        '_posts/inline.md': note({ title: 'Inline', id: 'inline' }, INLINE),
        '_posts/off.md': note({ title: 'Off', id: 'off', link_cards: false }, CARDS),
        '_data/link_cards.yml': YAML.stringify(STORE),
        'images/link-cards/langchain.png': PNG,
      },
    });
  });
  after(() => site.remove());

  test('builds with no error', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('every lone link and labelled link is a card, in order, with its caption', () => {
    const $ = site.$('cards/index.html');
    const cards = $('.note-body a.link-card')
      .map((_, a) => ({ title: $(a).find('.link-card-title').text(), caption: $(a).find('.link-card-caption').text(), href: $(a).attr('href') }))
      .get();
    assert.deepEqual(cards, [
      { title: 'LongChain', caption: '项目地址', href: 'https://github.com/langchain-ai/langchain' },
      { title: 'Tabby', caption: '项目地址', href: 'https://github.com/TabbyML/tabby' },
      { title: 'Ollama', caption: '官网', href: 'https://ollama.com/' },
      { title: 'Docling', caption: 'Project', href: 'https://github.com/DS4SD/docling' },
      { title: 'Is MLX the best Fine Tuning Framework?', caption: '', href: 'https://www.youtube.com/watch?v=BCfCdTp-fdM' },
      { title: '李宏毅2024春《生成式人工智能导论》', caption: '', href: 'https://www.bilibili.com/video/BV1BJ4m1e7g8' },
      { title: 'Bare page title', caption: '', href: 'https://example.com/bare/page' },
      { title: 'A & B "quoted"', caption: '', href: 'https://example.com/a?b=1&c=2' },
    ]);
    assert.equal($('.note-body p').filter((_, p) => $(p).find('a').length > 0).length, 0, 'no paragraph left around a card link');
    $('a.link-card').each((_, a) => assert.equal($(a).attr('rel'), 'noopener noreferrer'));
  });

  test('the card shows site, readable URL, repo, video marker and stored metadata; escaped', () => {
    const $ = site.$('cards/index.html');
    const lc = $('a.link-card').eq(0);
    assert.equal(lc.find('.link-card-site').text(), 'GitHub');
    assert.equal(lc.find('.link-card-repo').text(), 'langchain-ai/langchain');
    assert.equal(lc.find('.link-card-url').text(), 'github.com/langchain-ai/langchain');
    assert.equal(lc.find('.link-card-desc').text(), 'Build context-aware <reasoning> applications & more');
    assert.equal(lc.find('img.link-card-image').attr('src'), '/images/link-cards/langchain.png');
    assert.ok(site.exists('images/link-cards/langchain.png'));
    assert.equal(lc.find('.link-card-title').text(), 'LongChain', 'the link text is the title, not the stored one');
    assert.equal($('a.link-card').eq(4).find('.link-card-video').text(), '视频');
    assert.equal($('a.link-card').eq(5).find('.link-card-video').text(), '视频');
    assert.equal($('a.link-card').eq(0).find('.link-card-video').length, 0);
    const raw = site.read('cards/index.html');
    assert.match(raw, /href="https:\/\/example\.com\/a\?b=1&amp;c=2"/);
    assert.match(raw, /<span class="link-card-title">A &amp; B (&quot;|")quoted(&quot;|")<\/span>/);
    assert.doesNotMatch(raw, /<reasoning>/);
  });

  test('a store image from another origin is not shown and is reported', () => {
    const $ = site.$('cards/index.html');
    assert.equal($('a.link-card').eq(2).find('.link-card-desc').text(), 'Get up and running');
    assert.equal($('a.link-card').eq(2).find('img').length, 0);
    assert.ok(site.warnings.some((w) => w.includes('link_cards.yml') && w.includes('https://cdn.example.com/ollama.png')), site.warnings.join('\n'));
    // The canonical link names the page's own published address; browsers never fetch it.
    $('img[src], script[src], link[href]:not([rel="canonical"])').each((_, el) => {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      assert.doesNotMatch(url, /^(https?:)?\/\//, url);
    });
  });

  test('links in sentences, lists, headings, tables and quotes, image links and local links stay inline', () => {
    const $ = site.$('inline/index.html');
    assert.equal($('a.link-card').length, 0);
    for (const href of ['heading', 'sentence', 'list', 'list2', 'table', 'quote', 'quote2', 'image']) {
      assert.equal($(`.note-body a[href="https://example.com/${href}"]`).length, 1, href);
    }
    assert.equal($('a[href="https://example.com/image"] img').length, 1);
    assert.equal($('.note-body a[href="/cards/"]').length, 1);
    assert.equal($('.note-body a[href^="http://localhost:8080"]').length, 1);
  });

  test('a note with link_cards: false keeps its links inline', () => {
    const $ = site.$('off/index.html');
    assert.equal($('a.link-card').length, 0);
    assert.equal($('.note-body p > a[href="https://github.com/langchain-ai/langchain"]').length, 1);
  });
});

test('the site switch turns every card off', async () => {
  const site = await buildSite({ files: { '_posts/cards.md': note({ title: 'Cards', id: 'cards' }, CARDS) }, config: { link_cards: { enable: false } } });
  try {
    assert.deepEqual(site.errors, []);
    const $ = site.$('cards/index.html');
    assert.equal($('a.link-card').length, 0);
    assert.equal($('.note-body p > a').length, 8);
  } finally {
    site.remove();
  }
});

test('cards render fully without a store', async () => {
  const site = await buildSite({ files: { '_posts/cards.md': note({ title: 'Cards', id: 'cards' }, CARDS) } });
  try {
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings, []);
    const $ = site.$('cards/index.html');
    assert.equal($('a.link-card').length, 8);
    assert.equal($('.link-card-desc, .link-card-image').length, 0);
    assert.equal($('a.link-card').eq(6).find('.link-card-title').text(), 'example.com/bare/page');
  } finally {
    site.remove();
  }
});

test('a store or switch change between two builds re-renders the cached note', async () => {
  const site = await buildSite({
    files: {
      '_posts/cards.md': note({ title: 'Cards', id: 'cards' }, CARDS),
      '_posts/other.md': note({ title: 'Other', id: 'other' }, 'No links here.'),
      '_data/link_cards.yml': YAML.stringify({ 'https://github.com/langchain-ai/langchain': { description: 'First' } }),
    },
  });
  try {
    const desc = () => site.$('cards/index.html')('a.link-card').eq(0).find('.link-card-desc').text();
    assert.equal(desc(), 'First');
    assert.ok(fs.existsSync(path.join(site.dir, 'db.json')), 'the second build uses the cache');
    const store = path.join(site.dir, 'source/_data/link_cards.yml');
    fs.writeFileSync(store, YAML.stringify({ 'https://github.com/langchain-ai/langchain': { description: 'Second' } }));
    let result = await runHexo(site.dir, ['generate']);
    assert.equal(result.code, 0, result.output);
    assert.equal(desc(), 'Second');
    fs.rmSync(store);
    result = await runHexo(site.dir, ['generate']);
    assert.equal(result.code, 0, result.output);
    assert.equal(desc(), '');
    assert.equal(site.$('cards/index.html')('a.link-card').length, 8);
    const config = path.join(site.dir, '_config.yml');
    const cfg = YAML.parse(fs.readFileSync(config, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(config, YAML.stringify({ ...cfg, link_cards: { enable: false } }));
    result = await runHexo(site.dir, ['generate']);
    assert.equal(result.code, 0, result.output);
    assert.equal(site.$('cards/index.html')('a.link-card').length, 0);
  } finally {
    site.remove();
  }
});

test('the seed note: every 项目地址 line and every lone video or article link is a card (20), inline links stay', async () => {
  const site = await buildSite({ projectSource: true });
  try {
    assert.deepEqual(site.errors, []);
    const $ = site.$('ai/index.html');
    const cards = $('.note-body a.link-card')
      .map((_, a) => `${$(a).find('.link-card-caption').text() || '-'} ${$(a).find('.link-card-title').text()}`)
      .get();
    assert.deepEqual(cards, [
      '- LLM/AI 大模型入门指南',
      '- 李宏毅2024春《生成式人工智能导论》',
      '- Is MLX the best Fine Tuning Framework?',
      '- Fast Fine Tuning with Unsloth',
      '- Axolotl example',
      '- Axolotl is a AI FineTuning Magician',
      '- A Guide to Quantization in LLMs',
      '- Optimum Document Quantization',
      '- Optimize Your AI - Quantization Explained',
      '- 学习检索增强生成(RAG)技术，看这篇就够了——热门RAG文章摘译',
      '项目地址 LongChain',
      '项目地址 Text generation web UI',
      '- 微软最强AI智能体AutoGen史诗级更新！',
      '项目地址 Tabby',
      '项目地址 Continue',
      '项目地址 Void',
      '项目地址 Docling',
      '项目地址 OpenHands',
      '项目地址 MaxKB',
      '项目地址 W&B',
    ]);
    const kinds = $('.note-body a.link-card').map((_, a) => $(a).attr('data-kind')).get();
    assert.deepEqual(
      Object.fromEntries(['github', 'youtube', 'bilibili', 'zhihu', 'huggingface', 'default'].map((k) => [k, kinds.filter((x) => x === k).length])),
      { github: 10, youtube: 5, bilibili: 1, zhihu: 2, huggingface: 1, default: 1 },
    );
    assert.equal($('.note-body a.link-card .link-card-video').length, 6);
    for (const href of ['https://github.com/microsoft/LoRA', 'https://github.com/artidoro/qlora', 'https://ollama.com/blog/continue-code-assistant']) {
      assert.equal($(`.note-body p a[href="${href}"]:not(.link-card)`).length, 1, href);
    }
    // In the prose (the MaxKB compose summary also links the port, inside its table).
    assert.equal($('.note-body p a[href^="http://localhost:8080"]:not(.link-card)').length, 1);
  } finally {
    site.remove();
  }
});
