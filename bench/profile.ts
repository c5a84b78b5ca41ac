// Where a Hexo build spends its time, from a V8 CPU profile (`node --cpu-prof`):
// samples grouped by who ran them — a package in node_modules, one of our plugin
// folders, the theme, Node itself — as self time (the code itself) and total time
// (the code and everything it called).

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface BucketTime {
  bucket: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  buckets: BucketTime[];
}

/** Which part of the code a function belongs to, from its script URL. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program)';
    return '(native)';
  }
  if (url.startsWith('node:')) return 'node internals';
  const p = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + '/node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? '');
    // Hexo itself is split by module so that its filters, renderers and router show apart.
    if (name === 'hexo' && rest[1] === 'dist') return `hexo/${rest.slice(2, 4).join('/')}`;
    return name;
  }
  const plugin = /\/plugins\/([^/]+)\//.exec(p);
  if (plugin) return `plugins/${plugin[1]}`;
  const theme = /\/themes\/([^/]+)\//.exec(p);
  if (theme) return `themes/${theme[1]}`;
  if (/\/scripts\/[^/]+$/.test(p)) return 'scripts';
  return p.split('/').slice(-2).join('/');
}

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const parent = new Map<number, number>();
  const bucketById = new Map<number, string>();
  for (const node of profile.nodes) {
    bucketById.set(node.id, bucketOf(node.callFrame.url, node.callFrame.functionName));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    // A sample's duration is the gap to the next sample (as Chrome's DevTools reads it).
    const dt = profile.timeDeltas[i + 1] ?? 0;
    totalUs += dt;
    const own = bucketById.get(id) ?? '(unknown)';
    self.set(own, (self.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(bucketById.get(n) ?? '(unknown)');
    for (const b of seen) total.set(b, (total.get(b) ?? 0) + dt);
  });
  const buckets = [...total.keys()].map((bucket) => ({ bucket, selfMs: (self.get(bucket) ?? 0) / 1000, totalMs: (total.get(bucket) ?? 0) / 1000 }));
  buckets.sort((a, b) => b.selfMs - a.selfMs || a.bucket.localeCompare(b.bucket));
  return { totalMs: totalUs / 1000, buckets };
}

/** A Markdown table of the buckets with the most self time. */
export function formatProfile(title: string, summary: ProfileSummary, top = 15): string {
  const pct = (ms: number) => (summary.totalMs ? ((100 * ms) / summary.totalMs).toFixed(1) : '0.0');
  const lines = [`${title}: ${(summary.totalMs / 1000).toFixed(2)} s sampled`, '', '| Code | Self ms | Self % | Total ms (with callees) |', '| --- | ---: | ---: | ---: |'];
  const row = (b: BucketTime) => `| ${b.bucket} | ${b.selfMs.toFixed(0)} | ${pct(b.selfMs)} | ${b.totalMs.toFixed(0)} |`;
  lines.push(...summary.buckets.slice(0, top).map(row));
  // Our own code rarely tops self time (it calls libraries): list it by total time.
  const ours = summary.buckets.filter((b) => /^(plugins|themes)\/|^scripts$/.test(b.bucket)).sort((a, b) => b.totalMs - a.totalMs);
  if (ours.length) lines.push('', 'Our plugins and theme, by total time:', '', '| Code | Self ms | Self % | Total ms (with callees) |', '| --- | ---: | ---: | ---: |', ...ours.map(row));
  return lines.join('\n');
}
