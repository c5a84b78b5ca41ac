// Hostile notes: the build survives them, nothing from a note runs in the page
// (outside code, where it is text), and the feed, sitemap and search index stay
// well-formed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { browserSkip, launchBrowser, serveStatic } from '../helpers/browser';
import { htmlFiles } from '../helpers/crawl';
import { buildSite, note, projectRoot, type Site } from '../helpers/site';
import { parseXml } from '../helpers/xml';
import { isHostileUrl } from '../../plugins/safe-html/sanitize';

// Every payload calls pwn(): a page that runs one calls it.
const SCRIPT = '<script>pwn("script")</script>';

function bigNote(bytes: number): string {
  const section = (i: number): string =>
    `## 第 ${i} 节 Section ${i}\n\n大语言模型（LLM）在第 ${i} 节中讨论注意力机制、位置编码与 KV cache 的实现细节。`.repeat(3) +
    `\n\n- 要点 ${i}：**加粗** 与 \`code ${i}\`\n- [链接 ${i}](#第-${i}-节-section-${i})\n\n\`\`\`python\nfor i in range(${i}):\n    print(i)\n\`\`\`\n\n`;
  let out = '';
  for (let i = 1; Buffer.byteLength(out) < bytes; i++) out += section(i);
  return out;
}

const files: Record<string, string | Buffer> = {
  '_posts/evil-title.md': note(
    { title: `${SCRIPT} "双引号" & 'single'`, id: `evil-&"'<b>`, tags: [SCRIPT, 'a"b&c', '<img src=x onerror=pwn("tag")>'] },
    `正文 ${SCRIPT}`,
  ),
  '_posts/js-links.md': note(
    { title: 'Links', id: 'js-links', tags: ['safe'] },
    [
      '[click](javascript:pwn("md"))',
      '[upper](JAVASCRIPT:pwn("upper"))',
      '[spaced]( java\tscript:pwn("spaced"))',
      '[javascript:pwn("text")](https://example.org/)',
      '<a href="javascript:pwn(\'raw\')">raw</a> <a href="&#106;avascript:pwn(\'entity\')">entity</a>',
      '<img src="x" onerror="pwn(\'img\')"> <div onclick="pwn(\'div\')" onmouseover="pwn(\'over\')">div</div>',
      '<svg><a xlink:href="javascript:pwn(\'svg\')"><text>svg</text></a><animate attributeName="href" to="javascript:pwn(\'anim\')"/></svg>',
      '<iframe src="javascript:pwn(\'iframe\')"></iframe><iframe srcdoc="<script>pwn(1)</script>"></iframe>',
      '<object data="javascript:pwn(\'obj\')"></object><embed src="javascript:pwn(\'embed\')">',
      '<form action="javascript:pwn(\'form\')"><button formaction="javascript:pwn(\'btn\')">b</button></form>',
      '<a href="data:text/html,<script>pwn(\'data\')</script>">data</a>',
      '<meta http-equiv="refresh" content="0;url=javascript:pwn(\'meta\')">',
      SCRIPT,
      '<javascript:pwn("autolink")>',
      '`inline </code><script>pwn("inline")</script>`',
      '```html\n<script>pwn("fenced")</script>\n<img src=x onerror=pwn("fenced")>\n```',
    ].join('\n\n'),
  ),
  '_posts/compose.md': note(
    { title: 'Compose', id: 'compose', tags: ['docker'] },
    [
      '```yaml title="docker-compose.yml"',
      'services:',
      '  web:',
      '    image: "nginx</code><script>pwn(\'compose\')</script>"',
      '    environment:',
      '      - TITLE=</code></pre><script>pwn("env-in-compose")</script>',
      '    ports:',
      '      - "8080:80"',
      '```',
      '',
      '```env',
      'TOKEN=</code><script>pwn("env")</script>',
      '# comment </pre><img src=x onerror=pwn("comment")>',
      '```',
    ].join('\n'),
  ),
  '_posts/long-lines.md': note(
    { title: 'Long lines', id: 'long-lines' },
    `${'长'.repeat(100_000)}\n\n\`\`\`text\n${'x'.repeat(50_000)}\n\`\`\`\n\n[long](https://example.org/${'a'.repeat(10_000)})`,
  ),
  '_posts/big.md': note({ title: 'Big', id: 'big', tags: ['big'] }, bigNote(2 * 1024 * 1024)),
  '_posts/only-front.md': '---\ntitle: Only front matter\nid: only-front\ntags: []\ndate: 2024-01-01 10:00:00\n---\n',
  '_posts/empty.md': '',
  '_posts/bom-crlf.md': `\uFEFF${note({ title: 'BOM 与 CRLF', id: 'bom-crlf', tags: ['crlf'] }, '## 标题\n\n段落\n\n```js\nconst a = 1;\n```').replace(/\n/g, '\r\n')}`,
  '_posts/latin1.md': Buffer.from(note({ title: 'Latin-1', id: 'latin1' }, 'café crème'), 'latin1'),
  '_posts/more.md': note({ title: 'More', id: 'more' }, `intro ${SCRIPT} <img src="x" onerror="pwn('more')">\n\n<!-- more -->\n\nrest`),
  '_posts/nunjucks.md': note({ title: 'Nunjucks', id: 'nunjucks' }, 'a {{ x }} b {% endraw %} c {# d'),
};

describe('hostile notes', () => {
  let site: Site;
  let pages: string[];
  before(async () => {
    site = await buildSite({ files, config: { url: 'https://notes.example.org' } });
    pages = htmlFiles(site.publicDir);
  });
  after(() => site.remove());

  test('the build does not crash; errors name only the broken files', () => {
    assert.equal(site.code, 0, site.output.slice(-3000));
    assert.ok(!/FATAL/.test(site.output), site.output.slice(-3000));
    assert.ok(site.errors.some((e) => e.includes('source/_posts/latin1.md') && /UTF-8/.test(e)), site.errors.join('\n'));
    // The empty note has no id, the hostile id is not a URL path (flags), the Latin-1 note is not UTF-8.
    for (const error of site.errors) assert.match(error, /source\/_posts\/(latin1|empty|evil-title)\.md/);
  });

  test('every readable note is written', () => {
    for (const id of ['js-links', 'compose', 'long-lines', 'big', 'only-front', 'bom-crlf', 'latin1', 'nunjucks']) {
      assert.ok(site.exists(`${id}/index.html`), id);
    }
    assert.ok(pages.some((p) => p.startsWith('evil-')), 'the note with a hostile id is written');
  });

  test('no script, handler or script URL from a note reaches any page', () => {
    assert.ok(pages.length > 10);
    for (const rel of pages) {
      const $ = site.$(rel);
      // JSON-LD is data: a hostile title is in it, escaped so that it cannot close the element.
      $('script[type="application/ld+json"]').each((_, el) => {
        assert.ok(!$(el).text().includes('<'), `${rel}: ${$.html(el).slice(0, 200)}`);
        assert.doesNotThrow(() => JSON.parse($(el).text()) as unknown, rel);
      });
      $('script:not([type="application/ld+json"])').each((_, el) => {
        const script = $(el);
        // Structured data (the breadcrumb) carries titles as JSON text: it must parse and hold no `<` that could end the element.
        if (script.attr('type') === 'application/ld+json') {
          assert.doesNotThrow(() => JSON.parse(script.text()), rel);
          assert.ok(!script.text().includes('<'), `${rel}: ${$.html(el).slice(0, 200)}`);
          return;
        }
        assert.ok(!/pwn/.test(script.text()) && !/pwn/.test(script.attr('src') ?? ''), `${rel}: ${$.html(el).slice(0, 200)}`);
      });
      assert.equal($('iframe, object, embed, frame, base, article meta, main meta').length, 0, rel);
      $('*').each((_, el) => {
        if (!('attribs' in el)) return;
        for (const [name, value] of Object.entries(el.attribs)) {
          assert.ok(!/^on/i.test(name), `${rel}: ${name}="${value}" on <${el.tagName}>`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'to', 'values', 'data', 'srcdoc'].includes(name.toLowerCase())) {
            assert.ok(name === 'srcdoc' ? false : !isHostileUrl(value, el.tagName === 'img'), `${rel}: ${name}="${value}"`);
          }
        }
      });
      assert.equal($('.note-body script').length, 0, rel);
    }
  });

  test('code shows the payloads as text', () => {
    const $ = site.$('js-links/index.html');
    assert.match($('.note-body pre code').text(), /<script>pwn\("fenced"\)<\/script>/);
    assert.match($('.note-body p code').text(), /<\/code><script>pwn\("inline"\)<\/script>/);
    assert.ok($('.note-body a').filter((_, a) => $(a).text().includes('javascript:pwn("text")')).attr('href')?.startsWith('https://example.org/'));
    const compose = site.$('compose/index.html');
    assert.match(compose('.note-body').text(), /nginx<\/code><script>pwn\('compose'\)<\/script>/);
    assert.match(compose('.note-body').text(), /TOKEN=<\/code><script>pwn\("env"\)<\/script>/);
  });

  test('titles and tags are text everywhere', () => {
    const evil = pages.find((p) => p.startsWith('evil-'));
    assert.ok(evil);
    const $ = site.$(evil);
    assert.equal($('h1.note-title').text(), `${SCRIPT} "双引号" & 'single'`);
    assert.ok($('.note-meta .tag').map((_, a) => $(a).text()).get().includes('<img src=x onerror=pwn("tag")>'));
    assert.match($('title').text(), /^<script>pwn\("script"\)<\/script> "双引号" & 'single' \| /);
  });

  test('BOM and CRLF: the front matter is read and the body rendered', () => {
    const $ = site.$('bom-crlf/index.html');
    assert.equal($('h1.note-title').text(), 'BOM 与 CRLF');
    assert.equal($('.note-body h2').first().text().trim(), '标题');
    assert.doesNotMatch($('.note-body').html() ?? '', /\r/);
  });

  test('the 2 MB note and the long lines are complete', () => {
    const big = site.$('big/index.html');
    assert.ok(big('.note-body h2').length > 1000);
    assert.ok(site.read('long-lines/index.html').includes('长'.repeat(100_000)));
    assert.ok(site.read('long-lines/index.html').includes('x'.repeat(50_000)));
  });

  test('the feed, the sitemap and the search index are well-formed', () => {
    const feed = parseXml(site.read('atom.xml'));
    assert.ok(feed('entry').length >= 10);
    assert.ok(feed('entry > title').map((_, t) => feed(t).text()).get().includes(`${SCRIPT} "双引号" & 'single'`));
    // Hexo's excerpt (the part before <!-- more -->, the feed's summary) is cleaned too.
    const summaries = feed('entry > summary').map((_, e) => feed(e).text()).get();
    assert.ok(summaries.some((text) => text.includes('intro')), summaries.join('\n'));
    for (const text of summaries) assert.doesNotMatch(text, /<script|onerror/);
    const sitemap = parseXml(site.read('sitemap.xml'));
    assert.ok(sitemap('url > loc').map((_, l) => sitemap(l).text()).get().every((loc) => loc.startsWith('https://notes.example.org/')));
    const config = YAML.parse(fs.readFileSync(path.join(projectRoot, '_config.yml'), 'utf8')) as { search?: { path?: string } };
    const searchPath = config.search?.path ?? 'search.xml';
    const index = site.read(searchPath);
    if (searchPath.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(index) as unknown);
    else parseXml(index);
  });

  describe('in Chromium', { skip: browserSkip() }, () => {
    test('opening and clicking through the hostile pages runs nothing', async () => {
      const server = await serveStatic(site.publicDir);
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const calls: string[] = [];
        await page.exposeFunction('pwn', (what: string) => calls.push(what));
        for (const rel of ['js-links/', 'compose/', encodeURI(pages.find((p) => p.startsWith('evil-'))?.replace(/index\.html$/, '') ?? '')]) {
          await page.goto(`${server.url}/${rel}`);
          await page.evaluate(() => {
            // Ordinary links stay on the page; a script URL, if one were left, would still run.
            document.addEventListener('click', (event) => {
              const link = (event.target as Element).closest('a');
              if (link && /^https?:/.test(link.href)) event.preventDefault();
            });
            document.addEventListener('submit', (event) => {
              const submitter = event.submitter as HTMLButtonElement | null;
              if (/^https?:/.test(submitter?.formAction || (event.target as HTMLFormElement).action)) event.preventDefault();
            });
            for (const el of document.querySelectorAll('.note-body *')) {
              el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
              if (el instanceof HTMLElement && el.closest('a, button')) el.click();
            }
          });
        }
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        assert.deepEqual(calls, []);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  });
});
