// Word count and reading time: counted once per note when Hexo renders it (a
// post-dom reader), shown by the `note_stats` and `site_word_total` helpers.
import type { Hexo, PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { perGeneration } from '../shared/per-generation';
import { countWords, readingMinutes, totalWords } from './counter';
import { numberFormatter } from './number-format';
import { proseText } from './prose';
import { noteStats, totalOf, wordCountOn, type ThemeLocals } from './stats';

/** Summed once per generation, not at every page that shows it. */
const siteTotal = perGeneration((hexo) => totalOf((hexo.locals.get('posts') as { toArray(): PostData[] }).toArray()));

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
  hexo.extend.helper.register('site_word_total', function () {
    if (!wordCountOn(this as unknown as ThemeLocals)) return null;
    const total = siteTotal(hexo);
    return { words: total, words_text: format(total) };
  });
}
