// The notes of the benchmark's "pathological notes" section (--pathological),
// also built by test/site/pathological.test.ts: each is built beside the seed
// note, ours and plain Hexo, and the times are printed side by side.

export interface PathologicalCase {
  name: string;
  /** What the row says. */
  label: string;
  /** The note's Markdown body. */
  body: () => string;
}

export const PATHOLOGICAL: readonly PathologicalCase[] = [
  { name: 'formulas', label: 'one paragraph of 20,000 inline formulas', body: () => '$a_{1}$ 和 '.repeat(20_000) },
  { name: 'divs', label: '5,000 nested <div>', body: () => `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}` },
  { name: 'quotes', label: '3,000 nested > quotes', body: () => `${'> '.repeat(3_000)}x` },
  { name: 'stars', label: '100,000 * characters', body: () => '*'.repeat(100_000) },
  {
    name: 'table',
    label: 'a table of 5,000 rows, then a callout and a footnote',
    body: () => `| 序号 | 名称 | 链接 |\n| - | - | - |\n${Array.from({ length: 5_000 }, (_, i) => `| ${i} | **名称 ${i}** | [链接](https://example.com/${i}) |`).join('\n')}\n\n> [!TIP]\n> 表后的提示[^1]\n\n[^1]: 脚注。`,
  },
];

/** The note as both sites get it: the same id, so both publish it at /<name>/. */
export function caseNote(c: PathologicalCase): string {
  return `---\ntitle: ${c.name}\nid: ${c.name}\ndate: 2024-01-01 10:00:00\ntags: []\n---\n\n${c.body()}\n`;
}
