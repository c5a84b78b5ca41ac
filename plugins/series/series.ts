// Ordered series: `series: <name>` with `order: <n>`. Pure: takes the notes,
// returns each series' parts in order and the problems with their orders.
import type { NoteFacts } from '../shared/note-facts';

/** The folder of the series pages (/series/<name>/); reserved: no note id may take it. */
export const SERIES_DIR = 'series';

export interface Series {
  name: string;
  path: string;
  parts: NoteFacts[];
}

export interface SeriesProblem {
  source: string;
  message: string;
}

export interface SeriesIndex {
  /** By name, in name order. */
  series: Map<string, Series>;
  /** Each note's series and its 0-based place in it. */
  placeOf: Map<string, { series: Series; index: number }>;
  problems: SeriesProblem[];
}

function orderOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function bySource(a: NoteFacts, b: NoteFacts): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Parts by `order`, then by file; a part without a usable order goes after the numbered ones. */
function sortParts(parts: NoteFacts[]): NoteFacts[] {
  const rank = (n: NoteFacts): number => orderOf(n.order) ?? Infinity;
  return [...parts].sort((a, b) => rank(a) - rank(b) || bySource(a, b));
}

function orderProblems(name: string, parts: readonly NoteFacts[], fileOf: (source: string) => string): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  const first = new Map<number, NoteFacts>();
  for (const part of parts) {
    const order = orderOf(part.order);
    if (order === null) {
      const what = part.order === undefined || part.order === null ? 'has no "order"' : `has "order" ${JSON.stringify(part.order)}, not a number`;
      problems.push({ source: part.source, message: `series "${name}": this note ${what}; it is listed after the numbered parts, in file order` });
      continue;
    }
    const owner = first.get(order);
    if (owner) {
      problems.push({ source: part.source, message: `series "${name}": "order: ${order}" is also the order of ${fileOf(owner.source)}; file order decides which comes first` });
    } else first.set(order, part);
  }
  return problems;
}

export function buildSeries(notes: readonly NoteFacts[], pathOf: (name: string) => string, fileOf: (source: string) => string): SeriesIndex {
  const members = new Map<string, NoteFacts[]>();
  for (const note of notes) {
    if (note.series === null) continue;
    let list = members.get(note.series);
    if (!list) members.set(note.series, (list = []));
    list.push(note);
  }
  const series = new Map<string, Series>();
  const placeOf = new Map<string, { series: Series; index: number }>();
  const problems: SeriesProblem[] = [];
  for (const name of [...members.keys()].sort()) {
    const parts = sortParts(members.get(name) ?? []);
    const entry: Series = { name, path: pathOf(name), parts };
    series.set(name, entry);
    parts.forEach((part, index) => placeOf.set(part.key, { series: entry, index }));
    problems.push(...orderProblems(name, [...parts].sort(bySource), fileOf));
  }
  return { series, placeOf, problems };
}

/** Previous and next inside the note's series (null at its ends). */
export function seriesNeighbours(index: SeriesIndex, key: string): { prev: NoteFacts | null; next: NoteFacts | null } | null {
  const place = index.placeOf.get(key);
  if (!place) return null;
  const { parts } = place.series;
  return { prev: parts[place.index - 1] ?? null, next: parts[place.index + 1] ?? null };
}
