// The word-count rule (README, "Word count and reading time"): every CJK character
// (scripts Han, Hiragana, Katakana, Hangul) is one word; every other run of letters
// and digits, with inner apostrophes allowed, is one word. URLs do not count
// (what a URL is: plugins/post-dom/text-rules.ts).
// Script_Extensions rather than Script, so that marks shared by kana (ー in データ)
// count with their script; only letters and digits count, never CJK punctuation.

import { withoutUrls } from '../post-dom/text-rules';

const CJK_SCRIPT = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}]';
// Set operations (the `v` flag) keep these plain character classes: no lookahead
// per character, which matters on a thousand notes.
const CJK = `[[\\p{L}\\p{N}]&&${CJK_SCRIPT}]`;
const OTHER = `[[\\p{L}\\p{N}]--${CJK_SCRIPT}]`;
/** What is no CJK word: removed at once, the rest counted, rather than one match per CJK character. */
const NOT_CJK = new RegExp(`[^${CJK}]+`, 'gv');
const OTHER_WORD = new RegExp(`${OTHER}+(?:['’]${OTHER}+)*`, 'gv');

export interface WordCount {
  /** CJK characters. */
  cjk: number;
  /** Other words (letter/digit runs). */
  other: number;
}

export function countWords(text: string): WordCount {
  const prose = withoutUrls(text);
  // The two kinds share no character, so they are counted apart: a CJK
  // character never joins or splits a run of other letters.
  let other = 0;
  OTHER_WORD.lastIndex = 0;
  while (OTHER_WORD.exec(prose)) other += 1;
  return { cjk: codePoints(prose.replace(NOT_CJK, '')), other };
}

/** Characters, a surrogate pair (CJK Extension B and beyond) counted once. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count -= 1;
  }
  return count;
}

export function totalWords(count: WordCount): number {
  return count.cjk + count.other;
}

/** ceil(CJK / 300 + other / 200) minutes, at least 1. */
export function readingMinutes(count: WordCount): number {
  return Math.max(1, Math.ceil(count.cjk / 300 + count.other / 200));
}
