import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteStats, totalOf, wordCountOn } from '../../../plugins/word-count/stats';

const page = (fields: Record<string, unknown>) => ({ source: '_posts/a.md', content: '', ...fields });

test('a note shows its count unless no_word_count is true or it has none', () => {
  assert.deepEqual(noteStats(page({ word_count: 1471, reading_minutes: 6 }), String), { words: 1471, minutes: 6, words_text: '1471' });
  assert.deepEqual(noteStats(page({ word_count: 3 }), String), { words: 3, minutes: 1, words_text: '3' });
  assert.equal(noteStats(page({ word_count: 3, no_word_count: true }), String), null);
  assert.notEqual(noteStats(page({ word_count: 3, no_word_count: 'yes' }), String), null);
  assert.equal(noteStats(page({}), String), null);
});

test('the total sums every counted note', () => {
  assert.equal(totalOf([{ word_count: 3 }, { word_count: 4, no_word_count: true }, {}]), 7);
});

test('word_count.enable: false turns counts off', () => {
  assert.equal(wordCountOn({ theme: { word_count: { enable: false } } }), false);
  assert.equal(wordCountOn({}), true);
});
