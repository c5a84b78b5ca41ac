import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectLinks } from '../../../plugins/link-check/collect';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

test('site links with their text, external links once each, every id; other schemes ignored', () => {
  const $ = parseNoteHtml(
    '<h2 id="一">一</h2><p><a href="/b/">到 <b>B</b></a> <a href="#一">本节</a> <a href="https://x.org/">x</a> <a href="https://x.org/">again</a>' +
      ' <a href="mailto:a@b.c">mail</a> <a href="//cdn.x/">cdn</a> <a>no href</a> <span id="s"></span></p>',
  );
  assert.deepEqual(collectLinks($), {
    site_links: [['/b/', '到 B'], ['#一', '本节']],
    external_links: ['https://x.org/'],
    element_ids: ['一', 's'],
  });
});
