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
