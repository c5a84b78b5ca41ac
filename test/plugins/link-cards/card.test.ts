import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { renderCard } from '../../../plugins/link-cards/card';
import { readableUrl, siteInfo } from '../../../plugins/link-cards/site-kind';

const options = { siteUrl: 'https://notes.example.org', root: '/', videoLabel: '视频' };
const card = (href: string, text: string, label: string | null = null, bare = false) => ({ href, url: new URL(href), text, label, bare });
const render = (...args: Parameters<typeof renderCard>) => cheerio.load(renderCard(...args), null, false);

test('a GitHub project card: caption, title, site, owner/repo, readable URL, icon, rel', () => {
  const $ = render(card('https://github.com/langchain-ai/langchain', 'LongChain', '项目地址'), undefined, options);
  const a = $('a.link-card');
  assert.equal(a.length, 1);
  assert.equal($.root().children().length, 1, 'one element: the card is the link');
  assert.equal(a.attr('href'), 'https://github.com/langchain-ai/langchain');
  assert.equal(a.attr('rel'), 'noopener noreferrer');
  assert.equal(a.attr('data-kind'), 'github');
  assert.equal($('.link-card-caption').text(), '项目地址');
  assert.equal($('.link-card-title').text(), 'LongChain');
  assert.equal($('.link-card-site').text(), 'GitHub');
  assert.equal($('.link-card-repo').text(), 'langchain-ai/langchain');
  assert.equal($('.link-card-url').text(), 'github.com/langchain-ai/langchain');
  assert.equal($('.link-card-video').length, 0);
  assert.equal($('.link-card-icon svg').length, 1);
  assert.equal($('img').length, 0);
  assert.equal($('a.link-card a, a.link-card div, a.link-card p').length, 0, 'only phrasing content inside the link');
});

test('YouTube and Bilibili videos are marked as videos', () => {
  for (const [href, kind, readable] of [
    ['https://www.youtube.com/watch?v=BCfCdTp-fdM', 'youtube', 'youtube.com/watch?v=BCfCdTp-fdM'],
    ['https://youtu.be/BCfCdTp-fdM', 'youtube', 'youtu.be/BCfCdTp-fdM'],
    ['https://www.bilibili.com/video/BV1BJ4m1e7g8', 'bilibili', 'bilibili.com/video/BV1BJ4m1e7g8'],
  ] as const) {
    const $ = render(card(href, 'V'), undefined, options);
    assert.equal($('a').attr('data-kind'), kind, href);
    assert.equal($('.link-card-video').text(), '视频', href);
    assert.equal($('.link-card-url').text(), readable, href);
  }
  assert.equal(siteInfo(new URL('https://www.youtube.com/@channel')).video, false);
  assert.equal(siteInfo(new URL('https://space.bilibili.com/123')).video, false);
});

test('every known site has its own icon and name; others get the default icon and their host', () => {
  const kinds = ['https://github.com/a/b', 'https://www.youtube.com/watch?v=1', 'https://www.bilibili.com/video/BV1', 'https://zhuanlan.zhihu.com/p/1', 'https://huggingface.co/docs/x', 'https://symbl.ai/blog/'].map((href) => {
    const info = siteInfo(new URL(href));
    return [info.kind, info.siteName];
  });
  assert.deepEqual(kinds, [['github', 'GitHub'], ['youtube', 'YouTube'], ['bilibili', 'bilibili'], ['zhihu', '知乎'], ['huggingface', 'Hugging Face'], ['default', 'symbl.ai']]);
  const svgs = new Set(['https://github.com/a/b', 'https://youtu.be/1', 'https://b23.tv/x', 'https://zhihu.com/q', 'https://hf.co/x', 'https://a.org/'].map((h) => render(card(h, 'x'), undefined, options)('svg').toString()));
  assert.equal(svgs.size, 6, 'six different inline icons');
});

test('GitHub pages that are not repositories get no owner/repo', () => {
  assert.equal(siteInfo(new URL('https://github.com/topics/llm')).repo, null);
  assert.equal(siteInfo(new URL('https://github.com/microsoft')).repo, null);
  assert.equal(siteInfo(new URL('https://github.com/a/b.git')).repo, 'a/b');
  assert.equal(siteInfo(new URL('https://github.com/axolotl-ai-cloud/axolotl-cookbook/tree/main/x')).repo, 'axolotl-ai-cloud/axolotl-cookbook');
});

test('all text is escaped and the href keeps its query', () => {
  const html = renderCard(card('https://example.com/a?b=1&c=2', 'A & B "quoted" <i>', '<b>标签</b>'), { description: '<script>x</script>', site_name: 'S & S' }, options);
  assert.doesNotMatch(html, /<script|<i>|<b>/);
  const $ = cheerio.load(html, null, false);
  assert.equal($('a').attr('href'), 'https://example.com/a?b=1&c=2');
  assert.match(html, /href="https:\/\/example\.com\/a\?b=1&amp;c=2"/);
  assert.equal($('.link-card-title').text(), 'A & B "quoted" <i>');
  assert.equal($('.link-card-caption').text(), '<b>标签</b>');
  assert.equal($('.link-card-desc').text(), '<script>x</script>');
  assert.equal($('.link-card-site').text(), 'S & S');
});

test('the store adds a description, a site name and a local image under the site root', () => {
  const $ = render(card('https://a.org/post', 'Post'), { title: 'Stored', description: 'About it', site_name: 'A Org', image: '/images/link-cards/ab.png' }, { ...options, root: '/blog/' });
  assert.equal($('.link-card-title').text(), 'Post', 'the link text stays the title');
  assert.equal($('.link-card-desc').text(), 'About it');
  assert.equal($('.link-card-site').text(), 'A Org');
  assert.equal($('img.link-card-image').attr('src'), '/blog/images/link-cards/ab.png');
  assert.equal($('img').attr('alt'), '');
});

test('a bare URL card takes the stored title, else the readable URL', () => {
  assert.equal(render(card('https://a.org/x/', 'https://a.org/x/', null, true), undefined, options)('.link-card-title').text(), 'a.org/x');
  assert.equal(render(card('https://a.org/x/', 'https://a.org/x/', null, true), { title: 'X page' }, options)('.link-card-title').text(), 'X page');
});

test('a card to the site itself has no rel', () => {
  assert.equal(render(card('https://notes.example.org/ai/', 'AI'), undefined, options)('a').attr('rel'), undefined);
});

test('readable URLs decode their path and drop www. and the trailing slash', () => {
  assert.equal(readableUrl(new URL('https://www.example.com/%E4%B8%AD%E6%96%87/')), 'example.com/中文');
  assert.equal(readableUrl(new URL('http://127.0.0.1:8080/')), '127.0.0.1:8080');
});
