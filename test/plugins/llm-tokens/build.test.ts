// One real build of a note full of model tokens (and, when ../shared is here,
// so-large-lm chapter 1): the tokens show as text everywhere, in the built HTML,
// in Chromium and to the Nu Html Checker; code keeps them as code; `<s>` written
// as a token warns with its line; HTML stays HTML; the readers (word count,
// search, excerpt) see the tokens as the reader does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import { openIndex } from '../../../themes/notes/browser/search/query';
import { launchBrowser, serveStatic } from '../../../tools/chromium';
import { browserSkip } from '../../helpers/browser';
import { javaSkip, nuMessages } from '../../helpers/nu';
import { buildSite, note, shared, type Site } from '../../helpers/site';
import { PROSE, STRIKE_TOKENS, TOKEN_NAMES, TOKENS, TOKENS_NOTE } from './fixture';

const chapter = shared('corpus/so-large-lm/ch01.md');
const chapterSkip = chapter ? false : '../shared is absent: the so-large-lm chapter 1 check is skipped';

/** The 1-based line of `text` in the note file as written. */
function lineOf(file: string, text: string): number {
  const at = file.split('\n').findIndex((line) => line.includes(text));
  assert.notEqual(at, -1, text);
  return at + 1;
}

function tokenElements($: CheerioAPI): string[] {
  return $('.note-body *')
    .toArray()
    .map((el) => el.tagName.toLowerCase())
    .filter((name) => TOKEN_NAMES.includes(name));
}

describe('model tokens in a built note', () => {
  let site: Site;
  const file = note({ title: 'Tokens', id: 'tokens' }, TOKENS_NOTE);
  before(async () => {
    const files: Record<string, string> = {
      '_posts/tokens.md': file,
      '_posts/count.md': note({ title: 'Count', id: 'count', date: '2023-01-01 10:00:00' }, '模型输出 <eos> 后停止'),
    };
    if (chapter) files['_posts/ch01.md'] = note({ title: '第1章 引言', id: 'ch01', date: '2022-01-01 10:00:00' }, fs.readFileSync(chapter, 'utf8'));
    site = await buildSite({ files });
  });
  after(() => site.remove());

  test('builds with no error', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('no token becomes an element (parse5 parses as a browser does: <image> would be an img)', () => {
    assert.deepEqual(tokenElements(site.$('tokens/index.html')), []);
  });

  test('every token shows as written in prose, a heading, a list, a table cell, a link, its own line and an HTML block', () => {
    const $ = site.$('tokens/index.html');
    const body = $('.note-body');
    assert.equal(body.find('p').first().text(), PROSE);
    assert.equal(body.find('h2').first().text().trim(), '标题里的 <think> 和 <eos>');
    assert.deepEqual(
      body.find('ul').first().children('li').toArray().map((li) => $(li).text().replace(/\s+/g, ' ')),
      ['列表里的 <image> 和 <mask>', '<tool_call> 调用工具', '<think> 单独一行开头的记号'],
    );
    assert.deepEqual(body.find('table').first().find('td').toArray().map((td) => $(td).text()), ['<pad>', '填充', '<cls>', '分类，<sep> 分隔']);
    assert.equal(body.find('a[href="https://example.com/"]').text(), '链接里的 <begin> 和 <end>');
    const ownLines = body.find('p').filter((_, p) => $(p).text().startsWith('<think>\n'));
    assert.equal(ownLines.text(), '<think>\n模型的推理过程，加粗照常。\n</think>');
    assert.equal(ownLines.find('strong').text(), '加粗', 'the lines are Markdown, not raw HTML');
    assert.match(body.find('details').text(), /HTML 块里的 <eos> 和 <image> 也显示。/);
  });

  test('the table of contents shows the heading with its tokens', () => {
    assert.match(site.$('tokens/index.html')('.doc-aside').text(), /标题里的 <think> 和 <eos>/);
  });

  test('code spans and fences keep the tokens as code, unchanged', () => {
    const $ = site.$('tokens/index.html');
    assert.deepEqual(
      $('.note-body p code').toArray().map((c) => $(c).text()),
      ['<think>', '<eos>', '<image>', '<s>'],
    );
    assert.equal($('.note-body figure.code-block pre code').text(), '<think>围栏里的</think> <eos> <image> <s>');
  });

  test('HTML that is HTML stays: b, kbd, sub, br, details, a real strikethrough; script is still removed with a warning', () => {
    const $ = site.$('tokens/index.html');
    const html = $('.note-body p').filter((_, p) => $(p).text().startsWith('HTML 照常'));
    assert.equal(html.find('b').text(), '粗');
    assert.equal(html.find('kbd').text(), 'Ctrl');
    assert.equal(html.find('sub').text(), '2');
    assert.equal(html.find('br').length, 1);
    assert.equal($('.note-body details > summary').text(), '展开');
    assert.equal($('.note-body s').first().text(), '删除线');
    assert.equal($('.note-body script').length, 0);
    assert.ok(site.warnings.some((w) => /source\/_posts\/tokens\.md:\d+: removed <script>/.test(w)), site.warnings.join('\n'));
  });

  test('<s> written as a token warns with its file line and how to write it; the strikethrough does not warn', () => {
    const warned = (line: number, tag: string, reason: string): boolean =>
      site.warnings.some((w) => w.includes(`source/_posts/tokens.md:${line}: ${tag} looks like a token`) && w.includes(reason) && w.includes(`\`${tag}\``));
    const spaced = lineOf(file, STRIKE_TOKENS.spaced);
    assert.ok(warned(spaced, '<s>', 'a space follows it'), site.warnings.join('\n'));
    assert.ok(warned(spaced, '</s>', 'a space comes before it'));
    const quoted = lineOf(file, STRIKE_TOKENS.quoted);
    assert.ok(warned(quoted, '<s>', 'alone in quotes'));
    assert.ok(warned(quoted, '</s>', 'alone in quotes'));
    assert.ok(warned(lineOf(file, STRIKE_TOKENS.cell), '<s>', 'alone in a table cell'));
    assert.ok(warned(lineOf(file, STRIKE_TOKENS.unclosed), '<s>', 'no </s> closes it'));
    assert.ok(site.warnings.some((w) => w.includes('&lt;s&gt;')));
    const strike = lineOf(file, '<s>删除线</s>');
    const code = lineOf(file, '代码不变');
    assert.equal(site.warnings.filter((w) => w.includes(`tokens.md:${strike}:`) || w.includes(`tokens.md:${code}:`)).length, 0);
    assert.equal(site.warnings.filter((w) => w.includes('looks like a token')).length, 6, site.warnings.join('\n'));
  });

  test('the word count counts a token as the word the reader sees', () => {
    // 模型输出 后停止: seven CJK characters, and eos.
    assert.equal(site.$('count/index.html')('.note-stats').attr('data-word-count'), '8');
  });

  test('search finds the note by <think> and by think, its section text holding the token as shown', async () => {
    const origin = 'https://site.test';
    const engine = await openIndex(`${origin}/search.json`, (url) => Promise.resolve(site.read(url.slice(origin.length + 1))), origin);
    for (const query of ['<think>', 'think', '<image>', '<tool_call>']) {
      const { results } = await engine.search(query, { limit: 10 });
      assert.ok(results.some((r) => r.title === 'Tokens'), query);
    }
    const { results } = await engine.search('<eos>', { limit: 10 });
    const snippets = results.find((r) => r.title === 'Tokens')?.sections.map((section) => `${section.heading} ${section.snippet.text}`) ?? [];
    assert.ok(snippets.some((text) => text.includes('标题里的 <think> 和 <eos>')), snippets.join('\n'));
  });

  test('the excerpt in the note list shows the tokens', () => {
    const $ = site.$('index.html');
    const excerpt = $('.note-item-excerpt').filter((_, p) => $(p).text().startsWith('模型的特殊记号'));
    assert.match(excerpt.text(), /<think>推理<\/think>、<eos>/);
  });

  test("so-large-lm chapter 1 shows '<begin>' and '<end>' literally", { skip: chapterSkip }, () => {
    const $ = site.$('ch01/index.html');
    assert.match($('.note-body').text(), /再加入'<begin>'和'<end>'两个字符串的起始和终止字符/);
    assert.deepEqual(tokenElements($), []);
  });

  test('in Chromium the tokens are text and <image> is no img', { skip: browserSkip() }, async () => {
    const server = await serveStatic(site.publicDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/tokens/`);
      const seen = await page.evaluate((names) => {
        const body = document.querySelector('.note-body') as HTMLElement;
        return { text: body.innerText, elements: names.filter((n) => body.querySelector(n.replace(/_/g, '\\_')) !== null) };
      }, TOKEN_NAMES);
      assert.deepEqual(seen.elements, []);
      for (const token of TOKENS) assert.ok(seen.text.includes(token), token);
      assert.ok(seen.text.includes('<think>\n模型的推理过程') || seen.text.includes('<think> 模型的推理过程'), seen.text);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('the Nu Html Checker reports no token element and no stray tag on these pages', { skip: javaSkip() }, async () => {
    const pages = ['tokens', 'count', ...(chapter ? ['ch01'] : [])].map((id) => path.join(site.publicDir, id, 'index.html'));
    const messages = (await nuMessages(pages)).map((m) => m.message);
    // Only the tokens' names: KaTeX's MathML (chapter 1's formulas) has checker errors of its own.
    const named = (m: string): boolean => TOKEN_NAMES.some((name) => m.includes(`“${name}”`));
    assert.deepEqual(messages.filter((m) => named(m) || /^(Stray (start|end) tag|Unclosed element)/.test(m)), []);
  });
});
