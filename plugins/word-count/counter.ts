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
const WORD = new RegExp(`(${CJK})|${OTHER}+(?:['’]${OTHER}+)*`, 'gv');

export interface WordCount {
  /** CJK characters. */
  cjk: number;
  /** Other words (letter/digit runs). */
  other: number;
}

export function countWords(text: string): WordCount {
  let cjk = 0;
  let other = 0;
  const prose = withoutUrls(text);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(prose); match; match = WORD.exec(prose)) {
    if (match[1] === undefined) other += 1;
    else cjk += 1;
  }
  return { cjk, other };
}

export function totalWords(count: WordCount): number {
  return count.cjk + count.other;
}

/** ceil(CJK / 300 + other / 200) minutes, at least 1. */
export function readingMinutes(count: WordCount): number {
  return Math.max(1, Math.ceil(count.cjk / 300 + count.other / 200));
}
