import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { isScriptUrl, sanitizeNote } from '../../../plugins/note-safety/sanitize';

function clean(html: string): { html: string; removed: string[] } {
  const $ = parseNoteHtml(html);
  const removed = sanitizeNote($);
  return { html: $.html(), removed };
}

test('script URLs however they are written', () => {
  for (const url of ['javascript:x()', ' JaVaScRiPt:x()', 'java\tscript:x()', '\u0001javascript:x()', 'vbscript:x', 'data:text/html,<script>']) {
    assert.ok(isScriptUrl(url, false), url);
  }
  for (const url of ['https://a/', '/x/', '#h', 'mailto:a@b', 'javascript-guide/']) assert.ok(!isScriptUrl(url, false), url);
  assert.ok(!isScriptUrl('data:image/png;base64,AAAA', true));
  assert.ok(isScriptUrl('data:image/svg+xml,<svg onload=x>', true));
});

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
