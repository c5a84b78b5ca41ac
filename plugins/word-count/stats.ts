// What the theme shows: a note's (or page's) count line, and the total over all notes.
import { flagOn } from '../front-matter/flags';
import type { PostData } from '../hexo';

/** The theme's settings as the helpers receive them. */
export interface ThemeLocals {
  theme?: { word_count?: { enable?: unknown } };
}

export function wordCountOn(locals: ThemeLocals): boolean {
  return locals.theme?.word_count?.enable !== false;
}

export interface NoteStats {
  words: number;
  minutes: number;
  words_text: string;
}

/** The count line of a note or page, or null when it shows none. */
export function noteStats(page: PostData, format: (n: number) => string): NoteStats | null {
  if (flagOn(page.no_word_count) || typeof page.word_count !== 'number') return null;
  const minutes = typeof page.reading_minutes === 'number' ? page.reading_minutes : 1;
  return { words: page.word_count, minutes, words_text: format(page.word_count) };
}

/** The sum of the notes' counts (notes that hide theirs included). */
export function totalOf(posts: readonly Readonly<Record<string, unknown>>[]): number {
  let total = 0;
  for (const post of posts) if (typeof post.word_count === 'number') total += post.word_count;
  return total;
}
