import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { sanitizeNote } from '../../../plugins/note-safety/sanitize';

function clean(html: string): { html: string; removed: string[] } {
  const $ = parseNoteHtml(html);
  const removed = sanitizeNote($);
  return { html: $.html(), removed };
}

test('scripts, frames and handlers go; the text and safe links stay', () => {
  const { html, removed } = clean(
    '<p>a<script>x()</script><iframe src="/x"></iframe><img src="i.png" onerror="x()" alt="i"><a href="javascript:x()">t</a><a href="/ok/" onclick="x()">ok</a></p>',
  );
  assert.equal(html, '<p>a<img src="i.png" alt="i"><a>t</a><a href="/ok/">ok</a></p>');
  assert.deepEqual(removed, ['<script>', '<iframe>', 'onerror="x()" on <img>', 'href="javascript:x()" on <a>', 'onclick="x()" on <a>']);
});

test('code is text and is left alone', () => {
  const source = '<pre><code>&lt;script&gt;x()&lt;/script&gt; onclick="x()" javascript:x()</code></pre>';
  assert.deepEqual(clean(source), { html: source, removed: [] });
});

test('SVG links and animations, srcset and srcdoc', () => {
  const { html } = clean(
    '<svg><a xlink:href="javascript:x()"><text>s</text></a><animate attributeName="href" to="javascript:x()"></animate></svg><img srcset="a.png 1x, javascript:x() 2x"><div srcdoc="x"></div>',
  );
  assert.doesNotMatch(html, /javascript|srcdoc|srcset/);
});

test('inline raster images stay where an image is expected', () => {
  const png = 'data:image/png;base64,AAAA';
  assert.equal(clean(`<img src="${png}"><a href="${png}">x</a>`).html, `<img src="${png}"><a>x</a>`);
});
