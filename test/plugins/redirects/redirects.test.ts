import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planRedirects, redirectPage, routeOf, type RedirectNote } from '../../../plugins/redirects/redirects';

test('site paths become routes; other sites and odd paths do not', () => {
  assert.equal(routeOf('/2023/lora/'), '2023/lora/index.html');
  assert.equal(routeOf('/old.html'), 'old.html');
  assert.equal(routeOf('/old'), 'old/index.html');
  for (const bad of ['https://evil.example/', '//evil.example/', 'javascript:alert(1)', '/a/../b/', '/a b/', '/?x', '']) assert.equal(routeOf(bad), null, bad);
});

const n = (file: string, over: Partial<RedirectNote> = {}): RedirectNote => ({
  source: file,
  file: `source/_posts/${file}.md`,
  title: file,
  path: `${file}/`,
  redirectFrom: undefined,
  redirectFromLine: 7,
  tokens: { year: '2023', id: file },
  ...over,
});

test('the old permalink and redirect_from; never over a real page or another redirect', () => {
  const taken = new Map([['b/index.html', 'source/_posts/b.md']]);
  const { redirects, problems } = planRedirects([n('a', { redirectFrom: ['/b/', '/x/'] }), n('c', { redirectFrom: '/x/' })], ':year/:id/', taken);
  assert.deepEqual(redirects.map((r) => [r.route, r.target]), [['x/index.html', 'a/'], ['2023/a/index.html', 'a/'], ['2023/c/index.html', 'c/']]);
  assert.deepEqual(problems.map((p) => p.file), ['source/_posts/a.md', 'source/_posts/c.md']);
  assert.match(problems[0]?.message ?? '', /\/b\/ would overwrite source\/_posts\/b\.md/);
  assert.match(problems[1]?.message ?? '', /\/x\/ would overwrite source\/_posts\/a\.md/);
  assert.deepEqual(problems.map((p) => p.line), [7, 7], 'a redirect_from problem names the line of redirect_from:');
});

test('a clash of the old permalink names no line: it comes from _config.yml, not the note', () => {
  const taken = new Map([['2023/a/index.html', "the site's own page /2023/a/index.html"]]);
  const { problems } = planRedirects([n('a')], ':year/:id/', taken);
  assert.deepEqual(problems.map((p) => [p.file, p.line]), [['source/_posts/a.md', null]]);
});

test('the page escapes the title and links the note', () => {
  const html = redirectPage({ lang: 'zh-CN', title: '<b>"x"</b>', href: '/a/', canonical: 'https://x.org/a/', moved: '已移至' });
  assert.ok(html.includes('&lt;b&gt;&quot;x&quot;&lt;/b&gt;'));
  assert.ok(html.includes('<meta http-equiv="refresh" content="0; url=/a/">'));
  assert.ok(html.includes('<link rel="canonical" href="https://x.org/a/">'));
});

test('a token some notes lack (a note written after the move) gives them no old path; one no note has is an error', () => {
  const notes = [n('a', { tokens: { id: 'a', abbrlink: '3a5f' } }), n('b', { tokens: { id: 'b' } })];
  const { redirects, problems } = planRedirects(notes, 'posts/:abbrlink.html', new Map());
  assert.deepEqual(redirects.map((r) => [r.route, r.target]), [['posts/3a5f.html', 'a/']]);
  assert.deepEqual(problems, []);
  const typo = planRedirects(notes, 'posts/:abbrlnk.html', new Map());
  assert.deepEqual(typo.redirects, []);
  assert.deepEqual(typo.problems.map((p) => [p.file, p.line]), [['_config.yml', null]]);
  assert.match(typo.problems[0]?.message ?? '', /no note has :abbrlnk/);
});
