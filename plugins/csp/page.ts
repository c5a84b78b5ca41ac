// One finished page with its policy <meta> in place: inserted as early in the
// head as it can be (after the charset declaration, before every script and
// stylesheet, since a <meta> policy governs only what follows it), replacing
// any policy <meta> the page had.
import { scriptHash } from './hash';
import { buildPolicy, policyMeta } from './policy';
import { scanPage } from './scan';

export function withPolicy(html: string, extra: Readonly<Record<string, readonly string[]>> = {}): string {
  const scan = scanPage(html);
  if (scan.insertAt < 0) return html;
  const scriptHashes = [...new Set(scan.scripts.map(scriptHash))];
  const meta = policyMeta(buildPolicy({ scriptHashes, imageOrigins: scan.imageOrigins, extra }));
  const edits: Array<[number, number, string]> = [[scan.insertAt, scan.insertAt, meta], ...scan.policyMetas.map(([a, b]): [number, number, string] => [a, b, ''])];
  edits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += html.slice(at, start) + text;
    at = Math.max(at, end);
  }
  return out + html.slice(at);
}
