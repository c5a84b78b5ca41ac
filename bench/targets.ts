// The targets, checked against the rows of a run. A target whose rows
// were not measured (a smaller --sizes, no search engine yet) is reported as
// "not measured" and fails --check: a check that passes without a figure would
// hide a gap.
import { formatNumber, rowRatio, type Row, type TargetResult } from './report';

/** The size at which the issue states its targets. */
export const TARGET_SIZE = 1000;
/** The larger size for the growth target. */
export const GROWTH_SIZE = 4000;
/** The size of the search targets (`--search-scale`). */
export const SEARCH_SIZE = 10_000;

interface Target {
  label: string;
  check(rows: ReadonlyMap<string, Row>): Omit<TargetResult, 'label'>;
}

const missing = (what: string, row?: Row): Omit<TargetResult, 'label'> => ({
  status: 'not measured',
  detail: row?.note ? `${what}: ${row.note}` : `${what} was not measured`,
});

const verdict = (ok: boolean, detail: string): Omit<TargetResult, 'label'> => ({ status: ok ? 'pass' : 'fail', detail });

function maxRatio(id: string, limit: number): Target['check'] {
  return (rows) => {
    const row = rows.get(id);
    const r = row ? rowRatio(row) : null;
    if (!row || r === null) return missing(id, row);
    return verdict(r <= limit, `${formatNumber(r, '×')}× (limit ${limit}×)`);
  };
}

function maxOurs(id: string, limit: number): Target['check'] {
  return (rows) => {
    const row = rows.get(id);
    if (!row?.ours) return missing(id, row);
    const v = row.ours.median;
    return verdict(v <= limit, `${formatNumber(v, row.unit)} ${row.unit} (limit ${limit} ${row.unit})`);
  };
}

const N = TARGET_SIZE;
const Nf = N.toLocaleString('en-US');
const S = SEARCH_SIZE;
const Sf = S.toLocaleString('en-US');

/** The largest of a row's values (the worst query). */
function maxOfOurs(id: string, limit: number): Target['check'] {
  return (rows) => {
    const row = rows.get(id);
    if (!row?.ours) return missing(id, row);
    return verdict(row.ours.max <= limit, `${formatNumber(row.ours.max, row.unit)} ${row.unit} (limit ${limit} ${row.unit})`);
  };
}

function filesPerNote(id: string): Target['check'] {
  return (rows) => {
    const row = rows.get(id);
    const files = row?.extra?.files;
    const notes = row?.extra?.notes;
    if (typeof files !== 'number' || typeof notes !== 'number' || notes === 0) return missing(id, row);
    const r = files / notes;
    return verdict(r <= 1, `${formatNumber(r, '×')} files per note (${files} files, limit 1 per note)`);
  };
}

export const TARGETS: readonly Target[] = [
  { label: `cold build at N = ${Nf} ≤ 1.25× plain Hexo`, check: maxRatio(`cold.${N}.time`, 1.25) },
  { label: `peak RSS of the cold build at N = ${Nf} ≤ 1.5× plain Hexo`, check: maxRatio(`cold.${N}.rss`, 1.5) },
  { label: `cold build time from N = ${Nf} to ${GROWTH_SIZE.toLocaleString('en-US')} grows ≤ 4.4×`, check: maxOurs(`growth.${N}-${GROWTH_SIZE}`, 4.4) },
  {
    label: `incremental build after one edit at N = ${Nf} ≤ 0.5× our cold build`,
    check: (rows) => {
      const inc = rows.get(`incremental.${N}.time`);
      const cold = rows.get(`cold.${N}.time`);
      if (!inc?.ours) return missing(`incremental.${N}.time`, inc);
      if (!cold?.ours) return missing(`cold.${N}.time`, cold);
      const r = inc.ours.median / cold.ours.median;
      return verdict(r <= 0.5, `${formatNumber(r, '×')}× our cold build (limit 0.5×)`);
    },
  },
  { label: `hexo server: saved note served within 1 s at N = ${Nf}`, check: maxOurs(`server.${N}.reload`, 1000) },
  { label: `seed page HTML + JS + CSS ≤ 25 kB gzip (mermaid and KaTeX excluded) at N = ${Nf}`, check: maxOurs(`weight.${N}.seed`, 25) },
  { label: `search p95 ≤ 30 ms per query at N = ${Nf}`, check: maxOurs(`search.${N}.p95`, 30) },
  { label: `building the search index ≤ 5 % of the cold build at N = ${Nf}`, check: maxOurs(`search.${N}.build-share`, 5) },
  { label: `first search at N = ${Sf}: median ≤ 100 kB gzip (--search-scale ${S})`, check: maxOurs(`search.${S}.first`, 100) },
  { label: `first search at N = ${Sf}: every query ≤ 200 kB gzip (--search-scale ${S})`, check: maxOfOurs(`search.${S}.first`, 200) },
  { label: `search p95 ≤ 30 ms per query at N = ${Sf}, 4× CPU throttling (--search-scale ${S})`, check: maxOurs(`search.${S}.p95`, 30) },
  { label: `the search index adds at most one file per note at N = ${Sf} (--search-scale ${S})`, check: filesPerNote(`search.${S}.files`) },
  {
    label: 'the first search downloads no HTML markup',
    check: (rows) => {
      const row = rows.get(`search.${N}.first`);
      const html = row?.extra?.htmlMarkup;
      if (!row?.ours || typeof html !== 'boolean') return missing(`search.${N}.first`, row);
      const offenders = Array.isArray(row.extra?.htmlResponses) ? (row.extra.htmlResponses as unknown[]).join(', ') : '';
      return verdict(!html, html ? `HTML markup in ${offenders}` : 'no HTML markup');
    },
  },
];

export function checkTargets(rows: readonly Row[]): TargetResult[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return TARGETS.map((t) => ({ label: t.label, ...t.check(byId) }));
}

/** Lines naming each target that failed or was not measured (empty when all pass). */
export function failures(results: readonly TargetResult[]): string[] {
  return results.filter((t) => t.status !== 'pass').map((t) => `${t.status === 'fail' ? 'missed' : 'not measured'}: ${t.label} — ${t.detail}`);
}
