// A line break between two CJK characters is the author's soft wrap, not a space
// a reader means: the search index drops it (plugins/search/extract.ts) and so
// does the highlight on the page (browser/search/normalize.ts), so that both see
// the same text.

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';

export const SOFT_WRAP = new RegExp(`(?<=[${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');
