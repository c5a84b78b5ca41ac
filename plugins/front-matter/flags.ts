// The boolean flags of a note's (or page's) front matter: `no_word_count`, `no_toc`.
import type { Problem } from './problem';

export const FLAGS = ['no_word_count', 'no_toc'] as const;
export type Flag = (typeof FLAGS)[number];

/** A flag is on only when it is the boolean true; anything else is off. */
export function flagOn(value: unknown): boolean {
  return value === true;
}

/** Warnings for flags that are present but not booleans. */
export function checkFlags(file: string, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const key of FLAGS) {
    const value = data[key];
    if (value === undefined || typeof value === 'boolean') continue;
    problems.push({
      level: 'warn',
      file,
      key,
      message: `front matter "${key}" is ${JSON.stringify(value) ?? typeof value}, not true or false; the flag stays off`,
    });
  }
  return problems;
}
