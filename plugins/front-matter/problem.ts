// A problem found in a note's front matter, before it is logged with its line.
export interface Problem {
  level: 'warn' | 'error';
  /** The note's file, relative to the site folder. */
  file: string;
  /** The front-matter key the problem is about, so its line can be found. */
  key?: string;
  message: string;
}
