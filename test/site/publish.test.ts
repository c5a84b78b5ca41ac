// The site as it is published: the same sources give the same bytes, no internal
// link is broken, and the sitemap and the Atom feed use absolute URLs from `url`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brokenLinks } from '../helpers/crawl';
import { makeSite, note, openSite, runHexo, type Site } from '../helpers/site';
import { parseXml } from '../helpers/xml';

const URL_BASE = 'https://notes.example.org';

function tree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of (fs.readdirSync(root, { recursive: true, encoding: 'utf8' })).sort()) {
    const full = path.join(root, rel);
    if (fs.statSync(full).isFile()) files.set(rel, fs.readFileSync(full));
  }
  return files;
}

describe('the published site', () => {
  let site: Site;
  let first: Map<string, Buffer>;
  before(async () => {
    const dir = makeSite({
      projectSource: true,
      // A low bound, so that a small fixture note is over it.
      config: { url: URL_BASE, feed: { content_max_chars: 20_000 } },
      files: {
        '_posts/rag.md': note(
          { title: 'RAG 入门', id: 'rag', tags: ['RAG', 'AI'], date: '2024-03-01 09:00:00' },
          '## 检索\n\n见 [大模型](/ai/) 与 [下文](#生成)。\n\n## 生成\n\n{% post_link lora %}\n\n```python\nprint("hi")\n```',
        ),
        '_posts/lora.md': note({ title: 'LoRA 微调', id: 'lora', tags: ['微调'], date: '2025-06-01 09:00:00', updated: '2025-07-01 09:00:00' }, '## 原理\n\n[回到 RAG](/rag/#检索)\n\n<span title="]]>">ends a CDATA section</span>'),
        // Same date, overlapping tags: their order must not depend on which file Hexo reads first.
        '_posts/tie-a.md': note({ title: '同日 A', id: 'tie-a', tags: ['甲', '乙', 'AI'], date: '2024-03-01 09:00:00' }, 'a'),
        '_posts/tie-b.md': note({ title: '同日 B', id: 'tie-b', tags: ['丙', '乙', '甲'], date: '2024-03-01 09:00:00' }, 'b'),
        '_posts/tie-c.md': note({ title: '同日 C', id: 'tie-c', tags: ['丁', 'RAG'], date: '2024-03-01 09:00:00' }, 'c'),
        '_posts/long.md': note({ title: '长文', id: 'long', tags: ['AI'], date: '2024-03-01 09:00:00' }, `长文开头。${'很长的段落。'.repeat(5_000)}`),
        'about/index.md': '---\ntitle: 关于\n---\n\n[首页](/)\n',
      },
    });
    const once = await runHexo(dir, ['generate']);
    assert.equal(once.code, 0, once.output);
    first = tree(path.join(dir, 'public'));
    // A second build from scratch, as CI does after a fresh checkout.
    fs.rmSync(path.join(dir, 'public'), { recursive: true });
    fs.rmSync(path.join(dir, 'db.json'));
    const now = new Date();
    for (const rel of ['_posts/rag.md', '_posts/lora.md']) fs.utimesSync(path.join(dir, 'source', rel), now, now);
    site = openSite(dir, await runHexo(dir, ['generate']));
  });
  after(() => site.remove());

  test('both builds succeed', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('two builds of the same sources are byte-identical', () => {
    const second = tree(site.publicDir);
    assert.deepEqual([...second.keys()], [...first.keys()]);
    for (const [rel, bytes] of second) {
      const before = first.get(rel) ?? Buffer.alloc(0);
      if (bytes.equals(before)) continue;
      let at = 0;
      while (at < bytes.length && bytes[at] === before[at]) at++;
      const around = (b: Buffer): string => b.subarray(Math.max(0, at - 120), at + 120).toString();
      assert.fail(`${rel} differs between builds at byte ${at}:\n first: ${around(before)}\nsecond: ${around(bytes)}`);
    }
  });

  test('the footer year comes from the notes, not the clock', () => {
    assert.match(site.$('index.html')('footer').text(), /© 2023–2025 /);
  });

  test('a note lists its tags in front-matter order', () => {
    const $ = site.$('rag/index.html');
    assert.deepEqual($('.note-meta .tag').map((_, a) => $(a).text()).get(), ['RAG', 'AI']);
  });

  test('notes of the same date are ordered by file: listings and previous/next links', () => {
    const pager = (id: string): string[] => {
      const $ = site.$(`${id}/index.html`);
      return [$('.pager-prev').attr('href') ?? '', $('.pager-next').attr('href') ?? ''];
    };
    assert.deepEqual(pager('tie-a'), ['/rag/', '/tie-b/']);
    assert.deepEqual(pager('ai'), ['/tie-c/', '']);
    const $ = site.$('index.html');
    const home = $('.note-list a').map((_, a) => $(a).attr('href')).get().filter((h) => /^\/(rag|tie-[abc])\/$/.test(h));
    assert.deepEqual(home, ['/rag/', '/tie-a/', '/tie-b/', '/tie-c/']);
  });

  test('every internal href, src and #fragment resolves', () => {
    assert.deepEqual(brokenLinks(site.publicDir), []);
  });

  test('the crawler does see broken links', () => {
    fs.writeFileSync(path.join(site.publicDir, 'bad.html'), '<a href="/nope/">x</a><a href="/rag/#missing">y</a><img src="img/x.png">');
    try {
      assert.deepEqual(brokenLinks(site.publicDir), [
        'bad.html: href="/nope/" → /nope/ does not exist',
        'bad.html: href="/rag/#missing" → no element with id "missing" in rag/index.html',
        'bad.html: src="img/x.png" → /img/x.png does not exist',
      ]);
    } finally {
      fs.rmSync(path.join(site.publicDir, 'bad.html'));
    }
  });

  test('sitemap.xml lists every note, page and tag with absolute URLs, dated by the notes', () => {
    const $ = parseXml(site.read('sitemap.xml'));
    const locs = $('url > loc').map((_, el) => $(el).text()).get();
    for (const loc of [`${URL_BASE}/ai/`, `${URL_BASE}/rag/`, `${URL_BASE}/lora/`, `${URL_BASE}/about/index.html`, `${URL_BASE}/`, `${URL_BASE}/tags/RAG/`]) {
      assert.ok(locs.includes(loc), `${loc} in ${locs.join(' ')}`);
    }
    assert.ok(locs.every((loc) => loc.startsWith(`${URL_BASE}/`)));
    const lastmods = $('url > lastmod').map((_, el) => $(el).text()).get();
    assert.deepEqual([...new Set(lastmods)].sort(), ['2023-08-08', '2024-03-01', '2025-07-01']);
    const home = $('url').filter((_, u) => $(u).find('loc').text() === `${URL_BASE}/`);
    assert.equal(home.find('lastmod').text(), '2025-07-01');
  });

  test('atom.xml is a well-formed Atom feed with absolute links and full content', () => {
    const $ = parseXml(site.read('atom.xml'));
    assert.equal($('feed').attr('xmlns'), 'http://www.w3.org/2005/Atom');
    assert.equal($('feed > link[rel="self"]').attr('href'), `${URL_BASE}/atom.xml`);
    assert.equal($('feed > updated').text(), new Date('2025-07-01T09:00:00+08:00').toISOString());
    const entries = $('entry');
    assert.equal(entries.length, 7);
    const lora = entries.filter((_, e) => $(e).find('title').text() === 'LoRA 微调');
    assert.equal(lora.find('link').attr('href'), `${URL_BASE}/lora/`);
    assert.match(lora.find('content').text(), /<h2[^>]*>.*原理<\/h2>/);
    // The content is a CDATA section: a "]]>" in the note is split across two, not the end of it.
    assert.match(lora.find('content').text(), /<span title="]]>">ends a CDATA section<\/span>/);
    assert.equal(site.$('index.html')('link[rel="alternate"][type="application/atom+xml"]').attr('href'), '/atom.xml');
  });

  test('each page has one generator tag and one feed link, where the head writes them: Hexo’s filters add none before </head>', () => {
    for (const page of ['index.html', 'rag/index.html', 'tags/index.html', '404.html']) {
      const $ = site.$(page);
      const generator = $('head meta[name="generator"]');
      const feed = $('head link[rel="alternate"][type="application/atom+xml"]');
      assert.equal(generator.length, 1, page);
      assert.equal(feed.length, 1, page);
      // Both right after the viewport (hexo-generator-feed's check for its link reads from the top of the page);
      // a filter would have put its tag last in the head.
      assert.ok(generator.prev().is('meta[name="viewport"]'), page);
      assert.ok(generator.next().is(feed), page);
      assert.ok(!$('head').children().last().is(generator) && !$('head').children().last().is(feed), page);
    }
  });

  test('a note longer than feed.content_max_chars is in the feed as its summary line, not its content', () => {
    const $ = parseXml(site.read('atom.xml'));
    const long = $('entry').filter((_, e) => $(e).find('title').text() === '长文');
    assert.equal(long.find('content').length, 0);
    assert.equal(long.find('summary').attr('type'), 'text');
    assert.match(long.find('summary').text(), /^长文开头。很长的段落。.*…$/);
    assert.ok(site.read('long/index.html').includes('很长的段落。'.repeat(5_000)));
  });
});
