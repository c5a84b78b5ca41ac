import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, readingMinutes, totalWords } from '../../../plugins/word-count/counter';

test('every CJK character is one word; CJK punctuation is not', () => {
  assert.deepEqual(countWords('大语言模型是一种语言模型。'), { cjk: 12, other: 0 });
  assert.deepEqual(countWords('「微调」、（量化）：'), { cjk: 4, other: 0 });
});

test('Hiragana, Katakana (with ー) and Hangul count per character', () => {
  assert.deepEqual(countWords('ひらがな'), { cjk: 4, other: 0 });
  assert.deepEqual(countWords('データ'), { cjk: 3, other: 0 });
  assert.deepEqual(countWords('한국어 모델'), { cjk: 5, other: 0 });
});

test('a character beyond the BMP (CJK Extension B) is one word, not two', () => {
  assert.deepEqual(countWords('𠀀𠀁字 ab𠀂cd'), { cjk: 4, other: 2 });
});

test('English: runs of letters and digits, inner apostrophes kept', () => {
  assert.deepEqual(countWords('The model is 7B and runs on 2 GPUs.'), { cjk: 0, other: 9 });
  assert.deepEqual(countWords("don't it's rock’n’roll"), { cjk: 0, other: 3 });
  // Quotes around a word are not inner apostrophes.
  assert.deepEqual(countWords("'quoted' words'"), { cjk: 0, other: 2 });
  assert.deepEqual(countWords('GPT-4o, snake_case, 3.14'), { cjk: 0, other: 6 });
  assert.deepEqual(countWords('café naïve'), { cjk: 0, other: 2 });
});

test('mixed Chinese and English split at the script boundary', () => {
  assert.deepEqual(countWords('大语言模型(large language model，LLM) 是'), { cjk: 6, other: 4 });
  assert.deepEqual(countWords('使用PyTorch训练2024年'), { cjk: 5, other: 2 });
});

test('URLs do not count, even when Chinese follows without a space', () => {
  assert.deepEqual(countWords('见 https://zhuanlan.zhihu.com/p/722000336 这里'), { cjk: 3, other: 0 });
  assert.deepEqual(countWords('见https://example.com/a?b=1中文'), { cjk: 3, other: 0 });
  assert.deepEqual(countWords('www.example.org is a site'), { cjk: 0, other: 3 });
});

test('empty text and symbols count nothing', () => {
  assert.deepEqual(countWords(''), { cjk: 0, other: 0 });
  assert.deepEqual(countWords(' -- *** → ✓ '), { cjk: 0, other: 0 });
});

test('reading time is ceil(CJK/300 + other/200), at least one minute', () => {
  assert.equal(readingMinutes({ cjk: 0, other: 0 }), 1);
  assert.equal(readingMinutes({ cjk: 300, other: 0 }), 1);
  assert.equal(readingMinutes({ cjk: 301, other: 0 }), 2);
  assert.equal(readingMinutes({ cjk: 0, other: 401 }), 3);
  assert.equal(readingMinutes({ cjk: 1500, other: 100 }), 6);
  assert.equal(totalWords({ cjk: 1371, other: 100 }), 1471);
});
