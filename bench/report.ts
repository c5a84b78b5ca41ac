// The benchmark's results as data, and as the Markdown table printed and written
// next to the JSON. Pure: no measuring here.
import { ratio, type Summary } from './stats';

export type Unit = 's' | 'ms' | 'MB' | 'kB' | '×' | '%';

export interface Row {
  /** Stable key used by the target checks, e.g. `cold.1000.time`. */
  id: string;
  label: string;
  unit: Unit;
  ours: Summary | null;
  /** The plain Hexo site's figure, or null when the row has no plain counterpart. */
  plain: Summary | null;
  /** Why a side has no figure, e.g. `n/a (search engine not found)`. */
  note?: string;
  /** Row-specific facts (request lists, flags) kept in the JSON only. */
  extra?: Record<string, unknown>;
  /** ours / plain of the medians, filled in for the JSON. */
  ratio?: number | null;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  platform: string;
}

export interface TargetResult {
  label: string;
  status: 'pass' | 'fail' | 'not measured';
  detail: string;
}

export interface Results {
  date: string;
  machine: Machine;
  options: { sizes: number[]; runs: number; quick: boolean; corpus: string };
  rows: Row[];
  targets: TargetResult[];
}

/** A note count as written in labels: 1,000. */
export const fmtN = (n: number): string => n.toLocaleString('en-US');

const DIGITS: Record<Unit, number> = { s: 2, ms: 2, MB: 0, kB: 1, '×': 2, '%': 1 };

export function formatNumber(value: number, unit: Unit): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: DIGITS[unit], maximumFractionDigits: DIGITS[unit] });
}

export function formatSummary(summary: Summary | null, unit: Unit, note = '—'): string {
  if (!summary) return note;
  const m = `${formatNumber(summary.median, unit)} ${unit}`;
  if (summary.n < 2) return m;
  return `${m} (${formatNumber(summary.min, unit)}–${formatNumber(summary.max, unit)})`;
}

export function rowRatio(row: Row): number | null {
  return ratio(row.ours?.median, row.plain?.median);
}

/** Pipes and line breaks in a cell would break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| Measure | Ours: median (min–max) | Plain Hexo: median (min–max) | Ours / plain |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const r = rowRatio(row);
    const ours = formatSummary(row.ours, row.unit, row.note ?? '—');
    const plain = formatSummary(row.plain, row.unit);
    lines.push(`| ${cell(row.label)} | ${cell(ours)} | ${cell(plain)} | ${r === null ? '—' : `${formatNumber(r, '×')}×`} |`);
  }
  return lines.join('\n');
}

export function markdownTargets(targets: readonly TargetResult[]): string {
  const mark = { pass: 'pass', fail: 'FAIL', 'not measured': 'not measured' } as const;
  return targets.map((t) => `- ${mark[t.status]}: ${t.label} — ${t.detail}`).join('\n');
}

export function markdownReport(results: Results): string {
  const m = results.machine;
  const { options } = results;
  return [
    `Benchmark of ${results.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGB} GB, Node ${m.node}, ${m.platform}.`,
    `Sizes ${options.sizes.join(', ')}; ${options.runs} run(s) each side, alternating; corpus: ${options.corpus}${options.quick ? '; quick mode (smoke run, not comparable)' : ''}.`,
    '',
    markdownTable(results.rows),
    '',
    'Targets:',
    '',
    markdownTargets(results.targets),
    '',
  ].join('\n');
}

/** Cold builds' growth between consecutive sizes (ideal: the ratio of the sizes). */
export function growthRows(rows: readonly Row[], sizes: readonly number[]): Row[] {
  const out: Row[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = sizes[i - 1] as number;
    const b = sizes[i] as number;
    const from = rows.find((r) => r.id === `cold.${a}.time`);
    const to = rows.find((r) => r.id === `cold.${b}.time`);
    if (!from?.ours || !to?.ours || !from.plain || !to.plain) continue;
    const g = (x: number, y: number) => ({ median: y / x, min: y / x, max: y / x, n: 1 });
    out.push({
      id: `growth.${a}-${b}`,
      label: `Cold build time growth, N = ${fmtN(a)} → ${fmtN(b)} (notes grow ${(b / a).toFixed(1)}×)`,
      unit: '×',
      ours: g(from.ours.median, to.ours.median),
      plain: g(from.plain.median, to.plain.median),
    });
  }
  return out;
}
