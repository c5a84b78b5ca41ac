// Word count and reading time: counted once per note when Hexo renders it (a
// post-dom reader), shown by the `note_stats` and `site_word_total` helpers.
import type { Hexo, PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { countWords, readingMinutes, totalWords } from './counter';
import { numberFormatter } from './number-format';
import { proseText } from './prose';
import { noteStats, totalOf, wordCountOn, type ThemeLocals } from './stats';

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'word-count',
    phase: 'read',
    run: ($, post) => {
      const count = countWords(proseText($));
      post.word_count = totalWords(count);
      post.reading_minutes = readingMinutes(count);
    },
  });

  const format = numberFormatter(() => hexo.config.language);
  hexo.extend.helper.register('note_stats', function (page: PostData) {
    return wordCountOn(this as unknown as ThemeLocals) ? noteStats(page, format) : null;
  });

  // Notes only: the total stands beside the note count ("共 12 篇笔记 · 总字数 …") and
  // measures the knowledge base; pages (about, colophon) are about the site, and
  // adding them would make the figure disagree with the notes it sits next to.
  let siteTotal: number | null = null;
  hexo.on('generateBefore', () => {
    siteTotal = null;
  });
  hexo.extend.helper.register('site_word_total', function () {
    if (!wordCountOn(this as unknown as ThemeLocals)) return null;
    siteTotal ??= totalOf((hexo.locals.get('posts') as { toArray(): PostData[] }).toArray());
    return { words: siteTotal, words_text: format(siteTotal) };
  });
}
