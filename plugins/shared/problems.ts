// The problems a generation found in notes, in one place per site: features
// report them here (which also logs them), and `hexo server`'s live reload shows
// them in the open page. Emptied when a generation starts, since every
// generation reports again whatever is still wrong; so a fixed note's problem
// is gone after the next regeneration.
import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { perGeneration } from './per-generation';

export interface NoteProblem {
  level: 'error' | 'warn';
  /** The note's file relative to the site folder, e.g. `source/_posts/a.md`. */
  file: string;
  /** 1-based line in that file, when known. */
  line: number | null;
  message: string;
}

/** `file:line: message`, the form of the log line and of the page's error box. */
export function formatProblem(problem: NoteProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/** A note's file as problems name it: relative to the site folder. */
export function noteFile(hexo: Hexo, post: PostData): string {
  return path.relative(hexo.base_dir, post.full_source ?? path.join(hexo.source_dir, post.source));
}

/**
 * Reports a fault of ours in rendering a note (the note is left partly as written)
 * and marks the note so the next build renders it, and reports it, again
 * (note-render reads `render_failed`).
 */
export function reportRenderFault(hexo: Hexo, post: PostData, message: string): void {
  post.render_failed = true;
  reportProblem(hexo, { level: 'error', file: noteFile(hexo, post), line: null, message });
}

const listOf = perGeneration((): NoteProblem[] => []);

/** Logs a note's problem at its level and keeps it for this generation. */
export function reportProblem(hexo: Hexo, problem: NoteProblem): void {
  hexo.log[problem.level](formatProblem(problem));
  listOf(hexo).push({ level: problem.level, file: problem.file, line: problem.line, message: problem.message });
}

/** The problems reported since the current (or last) generation started: errors first, then by file and line. */
export function noteProblems(hexo: Hexo): NoteProblem[] {
  const rank = (p: NoteProblem): number => (p.level === 'error' ? 0 : 1);
  return listOf(hexo)
    .map((p) => ({ ...p }))
    .sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
