// Command-line options of `npm run bench`.

export interface Options {
  sizes: number[];
  runs: number;
  quick: boolean;
  check: boolean;
  profile: boolean;
  keep: boolean;
  /** Only the pathological notes section (bench/pathological.ts). */
  pathological: boolean;
  /** Use the built-in generator even when ../shared is there. */
  fallbackCorpus: boolean;
  /** Folder for latest.json / latest.md, relative to the project root. */
  out: string;
  /** Also build one site of this many notes for the search rows only (0: none). */
  searchScale: number;
}

export const USAGE = `usage: npm run bench -- [--sizes 250,1000,4000] [--runs 3] [--quick] [--check] [--profile] [--keep] [--fallback-corpus] [--search-scale 10000] [--out bench-results]
  --sizes    note counts to build (default 250,1000,4000)
  --runs     runs per side and measure, alternating ours and plain (default 3)
  --quick    smoke run: --sizes 20 --runs 1 unless given
  --check    exit 1 when a target of the issue is missed or not measured
  --profile  one extra cold build of each site at N = 1,000 (or the largest size) under node --cpu-prof, summarised per plugin/package
  --keep     keep the scratch sites (their folder is printed)
  --pathological  only the pathological notes, each built beside the seed note, ours and plain (--runs default 1)
  --fallback-corpus  write notes with the built-in generator (from the seed note) even when ../shared is there
  --out      where latest.json and latest.md are written (default bench-results)
  --search-scale  also build one site of this many notes (ours only, once) for the search rows: first search, query time, index files, the index's share of the build`;

function positiveInts(flag: string, value: string | undefined): number[] {
  if (!value) throw new Error(`${flag} needs a value`);
  const list = value.split(',').map((s) => s.trim().replace(/_/g, ''));
  const nums = list.map(Number);
  if (nums.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${flag} takes positive integers, got "${value}"`);
  return nums;
}

export function parseArgs(argv: readonly string[]): Options {
  let sizes: number[] | null = null;
  let runs: number | null = null;
  const flags = { quick: false, check: false, profile: false, keep: false, pathological: false, fallbackCorpus: false };
  let out = 'bench-results';
  let searchScale = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--sizes':
        sizes = [...new Set(positiveInts(name, value()))].sort((a, b) => a - b);
        break;
      case '--runs': {
        const [n] = positiveInts(name, value());
        runs = n ?? null;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) throw new Error('--out needs a folder');
        out = v;
        break;
      }
      case '--quick':
      case '--check':
      case '--profile':
      case '--keep':
      case '--pathological':
        flags[name.slice(2) as 'quick' | 'check' | 'profile' | 'keep' | 'pathological'] = true;
        break;
      case '--search-scale': {
        const [n] = positiveInts(name, value());
        searchScale = n ?? 0;
        break;
      }
      case '--fallback-corpus':
        flags.fallbackCorpus = true;
        break;
      default:
        throw new Error(`unknown option "${arg}"\n${USAGE}`);
    }
  }
  return {
    sizes: sizes ?? (flags.quick ? [20] : [250, 1000, 4000]),
    runs: runs ?? (flags.quick || flags.pathological ? 1 : 3),
    ...flags,
    out,
    searchScale,
  };
}

/** The size at which incremental, server, page-weight and search rows are measured. */
export function referenceSize(sizes: readonly number[], preferred: number): number {
  if (sizes.includes(preferred)) return preferred;
  const largest = Math.max(...sizes);
  if (!Number.isFinite(largest)) throw new Error('no sizes');
  return largest;
}
