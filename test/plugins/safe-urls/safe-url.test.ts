import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanNote, isHostileUrl, removalMessage, removeHostileUrls } from '../../../plugins/safe-urls/safe-url';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

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
  const removed = removeHostileUrls($);
  assert.equal(removed.length, 8);
  assert.equal($('a[href]').length, 1);
  assert.equal($('a[href]').attr('href'), 'https://ok.example/?q=javascript:');
  assert.equal($('a').first().text(), 'a', 'the text stays');
  assert.equal($('img').attr('src'), 'data:image/png;base64,AAAA');
  assert.doesNotMatch($.html(), /javascript:x|vbscript:|data:text/i);
});

test('a note with a hostile URL has its excerpt and more copies cleaned too; a clean note leaves them alone', () => {
  const excerpt = '<p><a href="javascript:x">e</a> intro</p>';
  const more = '<p><a href="vbscript:y">m</a> rest</p>';
  const dirty = cleanNote(parseNoteHtml(`${excerpt}<a id="more"></a>${more}`), { excerpt, more });
  assert.deepEqual(dirty.removed.map(removalMessage), ['removed a javascript: URL from <a href>', 'removed a vbscript: URL from <a href>']);
  assert.deepEqual(dirty.copies, { excerpt: '<p><a>e</a> intro</p>', more: '<p><a>m</a> rest</p>' });
  assert.deepEqual(cleanNote(parseNoteHtml('<p>fine</p>'), { excerpt: '<p><a href="javascript:x">stale</a></p>' }), { removed: [], copies: {} });
  assert.deepEqual(cleanNote(parseNoteHtml('<a href="javascript:x">x</a>'), { excerpt: '', more: undefined }).copies, {}, 'no copies to clean');
});
