/** "2023" or "2021–2024": the years the notes span, for the footer (never the build's year). */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  let first = Infinity;
  let last = -Infinity;
  for (const year of years) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first === last ? String(first) : `${first}–${last}`;
}

interface PostDoc {
  date: unknown;
}

/** The template locals the footer's years are read from. */
export interface YearsLocals {
  site: { posts: { map<T>(fn: (post: PostDoc) => T): T[] } };
  /** Hexo's date helper: formats in the site's timezone, whether the date came fresh or from db.json. */
  date(date: unknown, format: string): string;
}

/** The years the site's notes span, each note's date read in the site's timezone. */
export function siteYears(locals: YearsLocals): string {
  return yearSpan(locals.site.posts.map((post) => Number(locals.date(post.date, 'YYYY'))));
}
