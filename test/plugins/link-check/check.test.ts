import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBrokenLinks } from '../../../plugins/link-check/check';
import { LinkLines } from '../../../plugins/link-check/lines';

test('a repeated href gets the line of each occurrence in turn; an encoded href is found as written', () => {
  const lines = new LinkLines('---\ntitle: x\n---\n[a](/x/)\n\n[b](/x/) [c](#中文)\n');
  assert.equal(lines.next('/x/'), 4);
  assert.equal(lines.next('/x/'), 6);
  assert.equal(lines.next(encodeURI('#中文')), 6);
  assert.equal(lines.next('/not-there/'), null);
});

test('under a root, paths outside it are dead and /a without a slash is the page /a/', () => {
  // Routes are paths in public/, without the root.
  const routes = new Set(['a/index.html', 'index.html']);
  const page = { file: 'source/_posts/a.md', route: 'a/index.html', links: [['/blog/a', 'A'], ['/a/', 'out'], ['/blog/', 'home'], ['http://x/', 'far']] as [string, string][] };
  const broken = findBrokenLinks([page], '/blog/', routes, new Map());
  assert.deepEqual(broken.map((b) => b.message), ['dead link "out" → /a/: outside the site\'s root /blog/']);
});

test('an address written in quotes, [t]("https://…"), is dead and the message says to drop the quotes', () => {
  const routes = new Set(['a/index.html', 'b/index.html']);
  const links: [string, string][] = [
    [encodeURI('"https://arxiv.org/pdf/1910.09700.pdf"'), '论文'],
    [encodeURI('“/b/”'), '全角引号'],
    [encodeURI('"引用"'), '只是文字'],
    ['/b/', 'fine'],
  ];
  const broken = findBrokenLinks([{ file: 'source/_posts/a.md', route: 'a/index.html', links }], '/', routes, new Map());
  assert.deepEqual(broken.map((b) => b.message), [
    'dead link "论文" → "https://arxiv.org/pdf/1910.09700.pdf": the address is in quotes, so it is read as a path on this site (no page at /a/"https://arxiv.org/pdf/1910.09700.pdf"); write (https://arxiv.org/pdf/1910.09700.pdf) without them',
    'dead link "全角引号" → “/b/”: the address is in quotes, so it is read as a path on this site (no page at /a/“/b/”); write (/b/) without them',
    'dead link "只是文字" → "引用": no page at /a/"引用"',
  ]);
});
