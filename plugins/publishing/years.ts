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
