// Fixture notes built by real Hexo: flags on, off, absent and invalid; headings and
// the TOC; ids missing, empty and shared; bad YAML front matter.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { buildSite, makeSite, note, projectRoot, type Site } from '../../helpers/site';

const BODY = [
  '## 第一节',
  '',
  '大模型 model。',
  '',
  '### 小节',
  '',
  '[入门指南](https://example.com/guide) 和 `torch.cuda`，见 https://example.com/x',
  '',
  '```python',
  'print("这些不算")',
  '```',
  '',
  '## 第一节',
  '',
  '#### 细节',
  '',
  '##### 太深',
].join('\n');
// 大模型 + 入门指南 + 和 + 见 + headings 第一节 小节 第一节 细节 太深 (CJK) and model, torch, cuda.
const BODY_WORDS = 3 + 4 + 1 + 1 + 3 + 2 + 3 + 2 + 2 + 3;

/** Every in-page link of the TOC names an element id of the page. */
function assertTocResolves(site: Site, page: string): number {
  const $ = site.$(page);
  const links = $('nav.toc a[href^="#"]').map((_, a) => $(a).attr('href')?.slice(1)).get();
  const ids = new Set($('[id]').map((_, el) => $(el).attr('id')).get());
  for (const id of links) assert.ok(ids.has(id), `${page}: #${id}`);
  return links.length;
}

describe('flags on fixture notes', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/absent.md': note({ title: 'Absent', id: 'absent' }, BODY),
        '_posts/off.md': note({ title: 'Off', id: 'off', no_word_count: false, no_toc: false }, BODY),
        '_posts/on.md': note({ title: 'On', id: 'on', no_word_count: true, no_toc: true }, BODY),
        '_posts/invalid.md': note({ title: 'Invalid', id: 'invalid', no_word_count: 3, no_toc: 'sometimes' }, BODY),
        '_posts/no-headings.md': note({ title: 'Plain', id: 'plain' }, '只有一段话。'),
        '_posts/deep-only.md': note({ title: 'Deep', id: 'deep' }, '##### 太深\n\n正文'),
        '_posts/无 id 的笔记.md': note({ title: 'No id' }, '正文'),
        // The seed note with its count shown: the issue's own example numbers.
        '_posts/seed-counted.md': fs
          .readFileSync(path.join(projectRoot, 'source/_posts/ai.md'), 'utf8')
          .replace('no_word_count: true', 'no_word_count: false')
          .replace('id: ai', 'id: seed-counted'),
      },
    });
  });
  after(() => site.remove());

  test('builds with no error; invalid flags warn with file, key and value', () => {
    assert.deepEqual(site.errors, []);
    assert.equal(site.code, 0);
    const warnings = site.warnings.join('\n');
    assert.match(warnings, /source\/_posts\/invalid\.md:6: .*"no_word_count" is 3/);
    assert.match(warnings, /source\/_posts\/invalid\.md:7: .*"no_toc" is "sometimes"/);
    assert.equal(site.warnings.length, 2);
  });

  test('flags absent or false: word count under the title and a TOC', () => {
    for (const page of ['absent/index.html', 'off/index.html']) {
      const $ = site.$(page);
      const stats = $('article.note .note-header .note-stats');
      assert.equal(stats.length, 1, page);
      assert.equal(stats.attr('data-word-count'), String(BODY_WORDS));
      assert.equal(stats.attr('data-reading-minutes'), '1');
      assert.equal(stats.text(), `字数 ${BODY_WORDS} · 阅读约 1 分钟`);
      assert.equal($('.doc-aside nav.toc').length, 1);
    }
  });

  test('flags true: neither word count nor TOC, and the aside stays empty', () => {
    const $ = site.$('on/index.html');
    assert.equal($('[data-word-count]').length, 0);
    assert.equal($('nav.toc').length, 0);
    assert.equal($('.doc-aside').html(), '');
  });

  test('invalid flags build with the default: both shown', () => {
    const $ = site.$('invalid/index.html');
    assert.equal($('.note-stats').length, 1);
    assert.equal($('nav.toc').length, 1);
  });

  test('the TOC nests h2–h4, leaves h5 out, and repeated headings get their own ids', () => {
    const $ = site.$('absent/index.html');
    const top = $('nav.toc ol.toc-list > li > a').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(top, ['#第一节', '#第一节-1']);
    assert.equal($('nav.toc ol.toc-list > li').first().find('> ol > li > a').attr('href'), '#小节');
    assert.equal($('nav.toc ol.toc-list > li').last().find('> ol > li > a').attr('href'), '#细节');
    assert.equal($('nav.toc a').filter((_, a) => $(a).text() === '太深').length, 0);
    assert.equal(assertTocResolves(site, 'absent/index.html'), 4);
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    assert.equal(new Set(ids).size, ids.length);
  });

  // 1,471 before the callouts: its four `> 注：` quotes are note callouts now, and a
  // callout's kind (注意) is chrome, not the author's words (post-dom/text-rules.ts).
  test('the seed note counts 1,467 words, about 6 minutes', () => {
    const stats = site.$('seed-counted/index.html')('.note-stats');
    assert.equal(stats.attr('data-word-count'), '1467');
    assert.equal(stats.attr('data-reading-minutes'), '6');
    assert.equal(stats.text(), '字数 1,467 · 阅读约 6 分钟');
  });

  test('a note with no headings in range has no TOC box', () => {
    for (const page of ['plain/index.html', 'deep/index.html']) {
      const $ = site.$(page);
      assert.equal($('nav.toc').length, 0, page);
      assert.equal($('.doc-aside').html(), '', page);
      assert.equal($('.note-stats').length, 1, page);
    }
  });

  test('a note without an id key is published under its file name', () => {
    assert.ok(site.exists('无-id-的笔记/index.html'));
    assert.equal(site.$('无-id-的笔记/index.html')('article.note').attr('data-id'), '无-id-的笔记');
  });

  test('the home page and the archive show the total over all notes, computed once', () => {
    const total = ['absent', 'off', 'on', 'invalid', 'plain', 'deep', '无-id-的笔记', 'seed-counted']
      .map((id) => Number(site.$(`${id}/index.html`)('.note-stats').attr('data-word-count') ?? NaN))
      .filter((n) => !Number.isNaN(n))
      .reduce((a, b) => a + b, 0);
    // "on" hides its own count but its words are part of the site.
    const expected = total + BODY_WORDS;
    assert.equal(site.$('index.html')('.site-stats').attr('data-total-words'), String(expected));
    assert.equal(site.$('archives/index.html')('.site-stats').attr('data-total-words'), String(expected));
  });
});

describe('links to notes by their file name', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        // No id: published under its file name, which post_link must already know while the others render.
        '_posts/flink-intro.md': note({ title: 'Flink 入门' }, '正文'),
        '_posts/dup-a.md': note({ title: 'Dup A', id: 'dup' }, '甲'),
        '_posts/dup-b.md': note({ title: 'Dup B', id: 'dup' }, '乙'),
        '_posts/links.md': note(
          { title: 'Links', id: 'links' },
          '见 {% post_link flink-intro %}、{% post_link dup-b 第二篇 %}，地址 {% post_path flink-intro %}。',
        ),
      },
    });
  });
  after(() => site.remove());

  test('post_link and post_path give the address the note is published at, also when its id moved aside', () => {
    const $ = site.$('links/index.html');
    assert.equal($('article.note a[title="Flink 入门"]').attr('href'), '/flink-intro/');
    assert.equal($('article.note a:contains("第二篇")').attr('href'), '/dup-2/');
    assert.match($('article.note').text(), /地址 \/flink-intro\/。/);
    assert.ok(site.exists('flink-intro/index.html'));
    assert.ok(!site.warnings.some((w) => w.includes('dead link')), site.warnings.join('\n'));
  });

  test('a second build from the cache keeps the addresses and the id problems', async () => {
    const again = await site.hexo('generate');
    assert.match(again.output, /ERROR.*dup-b\.md/);
    assert.equal(site.$('links/index.html')('article.note a[title="Flink 入门"]').attr('href'), '/flink-intro/');
    assert.equal(site.$('dup-2/index.html')('article.note h1').text(), 'Dup B');
  });
});

describe('the seed note', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ projectSource: true });
  });
  after(() => site.remove());

  test('shows a TOC and no word count (no_word_count: true, no_toc: false)', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('ai/index.html');
    assert.equal($('[data-word-count]').length, 0);
    assert.equal($('.doc-aside > nav.toc').length, 1);
    assert.ok(assertTocResolves(site, 'ai/index.html') > 20);
    assert.equal(site.$('index.html')('.site-stats').attr('data-total-words'), '1467');
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    assert.equal(new Set(ids).size, ids.length);
  });

  test('headings with Chinese and punctuation keep readable ids', () => {
    const $ = site.$('ai/index.html');
    assert.equal($('h4#微调-Fine-Tuning').text(), '微调(Fine Tuning)');
    assert.equal($('h4#W-B-wandb').text(), 'W&B (wandb)');
    assert.equal($('nav.toc a[href="#W-B-wandb"]').text(), 'W&B (wandb)');
    assert.equal($('h4#W-B-wandb a.headerlink').attr('href'), '#W-B-wandb');
  });
});

describe('theme settings', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { theme_config: { word_count: { enable: false }, toc: { min_depth: 2, max_depth: 2 } } },
      files: { '_posts/a.md': note({ title: 'A', id: 'a' }, BODY) },
    });
  });
  after(() => site.remove());

  test('word_count.enable: false hides counts and the total everywhere', () => {
    assert.deepEqual(site.errors, []);
    assert.equal(site.$('a/index.html')('[data-word-count]').length, 0);
    assert.equal(site.$('index.html')('[data-total-words]').length, 0);
    assert.equal(site.$('archives/index.html')('[data-total-words]').length, 0);
  });

  test('toc depth 2–2 lists only h2', () => {
    const $ = site.$('a/index.html');
    assert.deepEqual($('nav.toc a').map((_, a) => $(a).text()).get(), ['第一节', '第一节']);
  });
});

describe('front matter problems', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/good.md': note({ title: 'Good', id: 'good' }, '正文'),
        '_posts/empty-id.md': '---\ntitle: Empty\ndate: 2024-01-01 10:00:00\nid:\n---\n\n空 id 的笔记\n',
        '_posts/dup-a.md': note({ title: 'Dup A', id: 'dup' }, '甲'),
        '_posts/dup-b.md': note({ title: 'Dup B', id: 'dup' }, '乙'),
        '_posts/bad-yaml.md': '---\ntitle: Bad\nid: bad\ntags: [a\nno_toc: false\n---\n\n坏的\n',
        // Hexo's rule: names starting with _ are not notes; not an error either.
        '_posts/_aside.md': '---\ntitle: [unclosed\n---\n',
      },
    });
  });
  after(() => site.remove());

  test('an empty id is an error naming the file; the note is at its file name', () => {
    assert.ok(site.errors.some((e) => /source\/_posts\/empty-id\.md:4: .*"id" is empty/.test(e)), site.errors.join('\n'));
    assert.match(site.read('empty-id/index.html'), /空 id 的笔记/);
  });

  test('a shared id is an error naming both files; both notes stay reachable', () => {
    const line = site.errors.find((e) => e.includes('dup-b.md'));
    assert.ok(line, site.errors.join('\n'));
    assert.match(line, /source\/_posts\/dup-b\.md:5: .*source\/_posts\/dup-a\.md/);
    assert.equal(site.$('dup/index.html')('article.note h1').text(), 'Dup A');
    assert.equal(site.$('dup-2/index.html')('article.note h1').text(), 'Dup B');
    assert.equal(site.$('dup-2/index.html')('article.note').attr('data-id'), 'dup-2');
  });

  test('bad YAML is an error with file and line; the other notes build', () => {
    assert.ok(site.errors.some((e) => /source\/_posts\/bad-yaml\.md:[45]: .*not valid YAML/.test(e)), site.errors.join('\n'));
    assert.ok(site.exists('good/index.html'));
    assert.ok(!site.errors.some((e) => e.includes('_aside.md')));
  });

  test('a second build from the cache reports the same problems', async () => {
    const again = await site.hexo('generate');
    for (const file of ['empty-id.md', 'dup-b.md', 'bad-yaml.md']) assert.match(again.output, new RegExp(`ERROR.*${file.replace('.', '\\.')}`));
    assert.equal(site.$('dup-2/index.html')('article.note h1').text(), 'Dup B');
    assert.equal(site.$('dup/index.html')('article.note h1').text(), 'Dup A');
  });
});

test('npm run build lists every problem and exits non-zero', async () => {
  const dir = makeSite({
    files: {
      '_posts/good.md': note({ title: 'Good', id: 'good' }, '正文'),
      '_posts/empty-id.md': '---\ntitle: Empty\nid: ""\n---\n\n正文\n',
      '_posts/bad-yaml.md': '---\ntitle: "unclosed\n---\n\n正文\n',
    },
  });
  try {
    const result = await promisify(execFile)(process.execPath, [path.join(projectRoot, 'tools', 'build.mjs')], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(result.code, 1);
    const listing = result.stderr.slice(result.stderr.indexOf('The build logged'));
    assert.match(listing, /empty-id\.md/);
    assert.match(listing, /bad-yaml\.md:2/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a note whose front matter breaks after a build is reported and unpublished, not served from the cache', async () => {
  const site = await buildSite({ files: { '_posts/a.md': note({ title: 'Was fine', id: 'a' }, '正文'), '_posts/b.md': note({ title: 'B', id: 'b' }, '乙') } });
  try {
    assert.deepEqual(site.errors, []);
    assert.match(site.read('index.html'), /href="\/a\/"/);
    fs.writeFileSync(path.join(site.dir, 'source/_posts/a.md'), '---\ntitle: Was fine\nid: a\ntags: [x\n---\n\n正文\n');
    for (const run of [1, 2]) {
      const again = await site.hexo('generate');
      assert.match(again.output, /ERROR.* source\/_posts\/a\.md:4: the front matter is not valid YAML/, `build ${run}`);
      assert.doesNotMatch(site.read('index.html'), /href="\/a\/"/, `build ${run}`);
    }
  } finally {
    site.remove();
  }
});
