// How fresh a note is: the `updated:` date shown beside its date, and whether
// the browser may show the outdated notice (it computes the age itself, so two
// builds of the same notes are identical whatever day they run).

export const DEFAULT_OUTDATED_DAYS = 365;

export interface OutdatedSettings {
  enable?: unknown;
  days?: unknown;
}

/** `outdated.days` when it is a positive number, else the default. */
export function outdatedDays(settings: OutdatedSettings | undefined): number {
  const days = settings?.days;
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : DEFAULT_OUTDATED_DAYS;
}

/** The days after which the note's notice shows, or null when it never does. */
export function outdatedAfter(settings: OutdatedSettings | undefined, noteValue: unknown): number | null {
  if (settings?.enable === false || noteValue === false) return null;
  return outdatedDays(settings);
}

/** `updated` when the note was updated after it was published (Hexo sets it to the date otherwise). */
export function laterUpdate<T extends { valueOf(): number }>(date: T, updated: T | undefined | null): T | null {
  if (!updated || !Number.isFinite(updated.valueOf())) return null;
  return updated.valueOf() > date.valueOf() ? updated : null;
}

/** A warning for a note's `outdated:` that is not a boolean (the notice then follows the site setting). */
export function outdatedFlagProblem(value: unknown): string | null {
  if (value === undefined || typeof value === 'boolean') return null;
  return `front matter "outdated" is ${JSON.stringify(value) ?? typeof value}, not true or false; the outdated notice follows the site setting`;
}
