import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { contentImageOrigins, contentMarks, markContent, splitContents } from '../../../plugins/csp/content';
import { scriptHash } from '../../../plugins/csp/hash';
import { withPolicy } from '../../../plugins/csp/page';

const marks = contentMarks('0123abcd');
const page = (content: string, after = ''): string =>
  `<!doctype html><html><head>\n<meta charset="utf-8">\n<script>theme()</script></head><body><article class="note"><div class="note-body">\n${content}\n</div>${after}</article></body></html>`;

function policyOf(html: string): Map<string, string[]> {
  const metas = cheerio.load(html)('meta[http-equiv="Content-Security-Policy"]');
  assert.equal(metas.length, 1);
  const directives = (metas.attr('content') ?? '').split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.map(([name, ...sources]) => [name ?? '', sources]));
}

test('the marked contents come out of the page, with where each was; the marks go', () => {
  const html = `a${markContent('<p>one</p>', marks)}b${markContent('', marks)}c`;
  assert.deepEqual(splitContents(html, marks), { outside: 'abc', contents: [{ at: 1, html: '<p>one</p>' }, { at: 2, html: '' }] });
  assert.deepEqual(splitContents('no marks', marks), { outside: 'no marks', contents: [] });
});

test('an open mark without its close is only removed: what follows it is the page', () => {
  assert.deepEqual(splitContents(`a${marks.open}<script>x()</script>`, marks), { outside: 'a<script>x()</script>', contents: [] });
});

test('marks of another nonce (written by a note) are not marks', () => {
  const other = contentMarks('ffff0000');
  const html = `a${other.close}b`;
  assert.deepEqual(splitContents(html, marks), { outside: html, contents: [] });
});

test('the remote images of a content, in any case, but not in a comment or an attribute', () => {
  assert.deepEqual(contentImageOrigins('<p>no images, <b>1 < 2</b></p>'), []);
  assert.deepEqual(contentImageOrigins('<IMG SRC="https://a.example.com/x.png"><picture><source srcset="https://b.example.com/y.webp 2x"></picture>'), [
    'https://a.example.com',
    'https://b.example.com',
  ]);
  assert.deepEqual(contentImageOrigins('<!-- <img src="https://c.example.com/x.png"> --><span title="<img src=https://d.example.com/x>">x</span>'), []);
});

test('a marked content gives the policy it gives unmarked, and the page it was, without the marks', () => {
  for (const content of [
    '<p>text</p>',
    '<p><img src="https://img.example.com/a.png"></p><div><script>evil()</script></div>',
    '<div><div><script>evil()</script></div></div><img src="https://img.example.org/b.png">',
  ]) {
    const plain = withPolicy(page(content, '<script>after()</script>'));
    const marked = withPolicy(page(markContent(content, marks), '<script>after()</script>'), {}, marks);
    assert.equal(marked, plain, content);
  }
});

test('a script in a marked content is never hashed, even where the content closes the note early', () => {
  const html = withPolicy(page(markContent('</div></article><script>evil()</script>', marks)), {}, marks);
  assert.deepEqual(policyOf(html).get('script-src'), ["'self'", scriptHash('theme()')]);
  assert.ok(!html.includes('note-content'));
});

test('a page without a head keeps its contents, without the marks', () => {
  assert.equal(withPolicy(`<p>x</p>${markContent('<b>y</b>', marks)}`, {}, marks), '<p>x</p><b>y</b>');
});

test('content whose images are all local is not scanned; a remote one however written is found', () => {
  assert.deepEqual(contentImageOrigins('<p>&#39;x&#39;</p><img src="/a.png" alt="a"><picture><source srcset="/b.webp 1x"></picture>'), []);
  assert.deepEqual(contentImageOrigins('<img src="HTTPS://Img.Example.com/a.png">'), ['https://img.example.com']);
  assert.deepEqual(contentImageOrigins('<img src="https&colon;//a.example/x.png">'), ['https://a.example']);
  assert.deepEqual(contentImageOrigins('<img src="&#104;ttps://b.example/x.png">'), ['https://b.example']);
  assert.deepEqual(contentImageOrigins('<IMG\nsrcset="/x.png 1x, http://c.example:8080/y.png 2x">'), ['http://c.example:8080']);
});
