import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { describeRemoval, isHostileUrl, removalWarnings, sanitizeNote } from '../../../plugins/safe-html/sanitize';

function clean(html: string): { html: string; removed: string[] } {
  const $ = parseNoteHtml(html);
  const removed = sanitizeNote($).map(describeRemoval);
  return { html: $.html(), removed };
}

test('scripts, frames and handlers go; the text and safe links stay', () => {
  const { html, removed } = clean(
    '<p>a<script>x()</script><iframe src="/x"></iframe><img src="i.png" onerror="x()" alt="i"><a href="javascript:x()">t</a><a href="/ok/" onclick="x()">ok</a></p>',
  );
  assert.equal(html, '<p>a<img src="i.png" alt="i"><a>t</a><a href="/ok/">ok</a></p>');
  assert.deepEqual(removed, ['<script>', '<iframe>', 'onerror="x()" on <img>', 'href="javascript:x()" on <a>', 'onclick="x()" on <a>']);
});

test('every active element goes, also next to each other and nested, and the walk goes on after them', () => {
  const { html, removed } = clean(
    '<div><script>a()</script><script>b()</script><object data="x"><embed src="y"></object><p onclick="c()">p</p></div><meta http-equiv="refresh"><link rel="import"><b onmouseover="d()">b</b>',
  );
  assert.equal(html, '<div><p>p</p></div><b>b</b>');
  assert.deepEqual(removed, ['<script>', '<script>', '<object>', 'onclick="c()" on <p>', '<meta>', '<link>', 'onmouseover="d()" on <b>']);
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

test('script-capable schemes are caught in any case, with spaces, controls, tabs and newlines', () => {
  for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', '\u0001javascript:x', 'java\tscript:x', 'java\nscript:x', 'VBSCRIPT:x', 'data:text/html,<script>x</script>', ' Data:image/svg+xml,x']) {
    assert.equal(isHostileUrl(url), true, JSON.stringify(url));
  }
  for (const url of ['https://a.com/javascript:x', '/javascript:x', '#javascript:', 'javascript', 'mailto:a@b.c', './data:x']) {
    assert.equal(isHostileUrl(url), false, url);
  }
  assert.equal(isHostileUrl('data:image/png;base64,AAAA', true), false, 'an inline raster image may stay in src');
  assert.equal(isHostileUrl('data:image/svg+xml,<svg/>', true), true, 'SVG can carry script');
});

test('entity-encoded schemes are decoded by the parser before the check', () => {
  const $ = parseNoteHtml(
    '<p><a href="&#106;avascript:alert(1)">a</a><a href="&#x6A;&#x61;vascript&colon;x">b</a>' +
      '<a href="java&#x09;script:x">c</a><a href="jav&#x0A;ascript:x">d</a><a href="https://ok.example/?q=javascript:">e</a></p>' +
      '<svg><a xlink:href="javascript:x"><text>f</text></a></svg><form action="javascript:x"><button formaction="vbscript:x">g</button></form>' +
      '<iframe src="data:text/html,x"></iframe><img src="data:image/png;base64,AAAA" alt="">',
  );
  const removed = sanitizeNote($);
  assert.equal(removed.length, 8);
  assert.equal($('a[href]').length, 1);
  assert.equal($('a[href]').attr('href'), 'https://ok.example/?q=javascript:');
  assert.equal($('a').first().text(), 'a', 'the text stays');
  assert.equal($('img').attr('src'), 'data:image/png;base64,AAAA');
  assert.doesNotMatch($.html(), /javascript:x|vbscript:|data:text/i);
});

test('one warning per removal, naming the file; past ten, a count of the rest', () => {
  const removals = Array.from({ length: 12 }, (_, i) => ({ tag: 'p', attribute: 'onclick', value: `f${i}()` }));
  const warnings = removalWarnings(removals, 'source/_posts/a.md');
  assert.equal(warnings.length, 11);
  assert.equal(warnings[0], 'source/_posts/a.md: removed onclick="f0()" on <p>: it could run script in the page (show code in a fenced block instead)');
  assert.equal(warnings[10], 'source/_posts/a.md: removed 2 more things that could run script in the page');
  assert.deepEqual(removalWarnings(removals.slice(0, 1), 'x.md').length, 1);
});

test('each removal is warned at the line the note wrote it on, repeated ones in turn, in any letter case', () => {
  const raw = ['---', 'title: t', '---', '<p onclick="go()">一</p>', '<SCRIPT>x()</SCRIPT>', '<p onClick="go()">二</p>', '<a href="javascript:alert(1)&amp;x">三</a>'].join('\n');
  const removals = [
    { tag: 'p', attribute: 'onclick', value: 'go()' },
    { tag: 'script' },
    { tag: 'p', attribute: 'onclick', value: 'go()' },
    { tag: 'a', attribute: 'href', value: 'javascript:alert(1)&x' },
    { tag: 'iframe' },
  ];
  const lines = removalWarnings(removals, 'a.md', raw).map((w) => /^a\.md(?::(\d+))?:/.exec(w)?.[1] ?? 'none');
  assert.deepEqual(lines, ['4', '5', '6', '7', 'none']);
});
