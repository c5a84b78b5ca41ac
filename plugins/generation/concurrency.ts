// How many pages `hexo generate` renders and writes at once. Hexo's default is
// all of them: every page of the site is rendered before the first is written,
// so the build holds the whole site in memory (about 250 MB more at 1,000
// notes than with a bound, for no time saved). A bound lets pages be written
// while others render. `hexo generate -c N` still decides for one run.
//   generate:
//     concurrency: 32
export const DEFAULT_CONCURRENCY = 32;

export interface ConcurrencySetting {
  concurrency: number;
  /** What _config.yml had, when it could not be used (the default is used instead). */
  ignored: string | null;
}

export function readConcurrency(value: unknown): ConcurrencySetting {
  const raw = typeof value === 'object' && value !== null ? (value as { concurrency?: unknown }).concurrency : undefined;
  if (raw === undefined || raw === null) return { concurrency: DEFAULT_CONCURRENCY, ignored: null };
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return { concurrency: raw, ignored: null };
  return { concurrency: DEFAULT_CONCURRENCY, ignored: JSON.stringify(raw) };
}

/** The command's arguments with the bound filled in, unless the command line gave one (`-c`, `--concurrency`). */
export function withConcurrency<A extends Record<string, unknown>>(args: A, concurrency: number): A {
  if (args.c !== undefined || args.concurrency !== undefined) return args;
  return { ...args, concurrency };
}
