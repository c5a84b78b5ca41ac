import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PostData } from '../../../plugins/hexo';
import { AFTER_PARSE, BEFORE_PARSE, DeferredHtml } from '../../../plugins/post-dom/deferred';
import { runPass, type Registry } from '../../../plugins/post-dom/registry';
import type { PostTransform } from '../../../plugins/post-dom/transforms';

const post = (content: string) => ({ source: '_posts/a.md', content }) as PostData;

function registry(transforms: PostTransform[]): Registry {
  return { transforms, deferred: new DeferredHtml(AFTER_PARSE), shells: new DeferredHtml(BEFORE_PARSE), ordered: null };
}

test('the pass runs the transforms, then puts set-aside markup back where no transform saw it', () => {
  const reg = registry([{ name: 'mark', phase: 'write', order: 1, run: ($) => { $('p').addClass('seen'); } }]);
  const note = post('');
  note.content = `<p>公式 ${reg.deferred.defer(note, '<span class="katex"><p>inner</p></span>')}</p>`;
  runPass(note, reg, () => assert.fail('no fault'));
  assert.equal(note.content, '<p class="seen">公式 <span class="katex"><p>inner</p></span></p>');
});

test('a transform that throws is reported by name; the note keeps what the others did', () => {
  const faults: string[] = [];
  const reg = registry([
    { name: 'broken', phase: 'write', order: 1, run: () => { throw new Error('boom'); } },
    { name: 'reader', phase: 'read', run: ($, data) => { data.paragraphs = $('p').length; } },
  ]);
  const note = runPass(post('<p>a</p><p>b</p>'), reg, (message) => faults.push(message));
  assert.deepEqual(faults, ['broken failed: boom']);
  assert.equal(note.paragraphs, 2);
});

test('without transforms the note is left as it came, set-aside markup put back', () => {
  const reg = registry([]);
  const note = post('');
  note.content = `x${reg.deferred.defer(note, '<b>y</b>')}`;
  assert.equal(runPass(note, reg, () => undefined).content, 'x<b>y</b>');
});
