// Summary statistics of repeated measurements. Timings on a shared machine are
// noisy, so the report leads with the median and shows the whole range.

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Number of samples. */
  n: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no samples');
  for (const v of values) if (!Number.isFinite(v)) throw new Error(`not a finite sample: ${v}`);
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks
 * (the "R-7" rule used by spreadsheets and numpy's default).
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return { median: median(s), min: s[0] as number, max: s[s.length - 1] as number, n: s.length };
}

/** ours / plain, or null when either side is missing or the base is zero. */
export function ratio(ours: number | null | undefined, base: number | null | undefined): number | null {
  if (ours == null || base == null || base === 0) return null;
  return ours / base;
}
