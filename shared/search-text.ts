// Text as the search index (plugins/search) and the page (browser/search) both
// read it, so that the two always agree.

/**
 * A line break between two CJK characters is the author's soft wrap, not a space
 * a reader means: the index drops it and so does the highlight on the page.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
export const SOFT_WRAP = new RegExp(`(?<=[${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

/** Like the browser's find: NFKC folds full-width and half-width forms (ＬＬＭ = LLM, ０ = 0), lower case folds Latin case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A tag as the index keys it and a `#tag` filter looks it up: folded, inner white space one space. */
export function tagKey(tag: string): string {
  return fold(tag).trim().replace(/\s+/g, ' ');
}
