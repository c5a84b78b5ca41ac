import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParentNode } from 'domhandler';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { firstImageSrc } from '../../../plugins/sharing/first-image';

const first = (html: string): string | null => firstImageSrc(parseNoteHtml(html).root()[0] as ParentNode);

test('the first image with a src, in document order, however deep', () => {
  assert.equal(first('<p>text</p><div><blockquote><p><img alt="no src"><img src="/a.png"></p></blockquote></div><img src="/b.png">'), '/a.png');
});

test('a note without an image has none', () => {
  assert.equal(first('<p>只有文字</p><pre><code>&lt;img src="x.png"&gt;</code></pre>'), null);
});
