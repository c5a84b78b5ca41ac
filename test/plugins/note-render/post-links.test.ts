import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadPostLinkMessage, deadPostLinkText } from '../../../plugins/note-render/post-links';

test('a dead post_link shows the title written for it, else the name it gave; post_path gives nothing', () => {
  assert.equal(deadPostLinkText('post_link', ['old-note']), 'old-note');
  assert.equal(deadPostLinkText('post_link', ['old-note#part']), 'old-note');
  assert.equal(deadPostLinkText('post_link', ['old-note', '旧的', '笔记', 'false']), '旧的 笔记');
  assert.equal(deadPostLinkText('post_path', ['old-note']), '');
});

test('the message names the tag and its note, and what is shown', () => {
  assert.equal(deadPostLinkMessage({ tag: 'post_link', slug: 'x' }), '{% post_link x %}: no note has that file name or title, so it links nowhere; its text is shown');
  assert.match(deadPostLinkMessage({ tag: 'post_path', slug: 'x' }), /it gives no address$/);
});
