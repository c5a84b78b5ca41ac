import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unreadNoteMessage } from '../../../plugins/front-matter/check-notes';

test('a note Hexo could not read: the YAML error and its file line, when YAML finds one', () => {
  const bad = unreadNoteMessage('---\ntitle: "unclosed\n---\n');
  assert.equal(bad.line, 2);
  assert.match(bad.message, /^the front matter is not valid YAML \(.+\); this note is not published until it is fixed$/);
  for (const raw of [null, '---\ntitle: fine\n---\n']) {
    assert.deepEqual(unreadNoteMessage(raw), { line: null, message: 'Hexo could not read this note (its "Process failed" error says why); it is not published until it is fixed' });
  }
});
