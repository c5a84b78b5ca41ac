// One finished page with its policy <meta> in place: inserted as early in the
// head as it can be (after the charset declaration, before every script and
// stylesheet, since a <meta> policy governs only what follows it), replacing
// any policy <meta> the page had. Contents the layout marked (content.ts) are
// read apart and put back, without their marks.
import { MERMAID_META } from '../../shared/layout';
import { contentImageOrigins, splitContents, type ContentMarks } from './content';
import { scriptHash } from './hash';
import { buildPolicy, policyMeta } from './policy';
import { scanPage } from './scan';

type Edit = [start: number, end: number, text: string];

/**
 * The page with the edits made, as one flat string: joined, not concatenated,
 * since a concatenation keeps every piece, and the slices keep the whole page
 * they were cut from, alive until the page is written (all pages of a build are
 * rendered before the first is written).
 */
function applyEdits(html: string, edits: Edit[]): string {
  // Stable: at one offset, the policy goes before a content put back there.
  edits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end, text] of edits) {
    out.push(html.slice(at, start), text);
    at = Math.max(at, end);
  }
  out.push(html.slice(at));
  return out.join('');
}

/** A style="" attribute or a <style> element anywhere (a false alarm, e.g. in code, only loosens the policy). */
const INLINE_STYLE = /\sstyle\s*=|<style[\s>]/i;

/** Whether the page needs inline styles: it has some, or it loads mermaid, which adds them in the browser. */
export function inlineStyles(html: string): boolean {
  return INLINE_STYLE.test(html) || html.includes(`<meta name="${MERMAID_META}"`);
}

export function withPolicy(html: string, extra: Readonly<Record<string, readonly string[]>> = {}, marks?: ContentMarks): string {
  const { outside, contents } = marks ? splitContents(html, marks) : { outside: html, contents: [] };
  const putBack = contents.map(({ at, html: content }): Edit => [at, at, content]);
  const scan = scanPage(outside);
  if (scan.insertAt < 0) return applyEdits(outside, putBack);
  const scriptHashes = [...new Set(scan.scripts.map(scriptHash))];
  const origins = new Set(scan.imageOrigins);
  for (const content of contents) for (const origin of contentImageOrigins(content.html)) origins.add(origin);
  const meta = policyMeta(buildPolicy({ scriptHashes, imageOrigins: [...origins].sort(), inlineStyles: inlineStyles(html), extra }));
  const edits: Edit[] = [[scan.insertAt, scan.insertAt, meta], ...scan.policyMetas.map(([a, b]): Edit => [a, b, '']), ...putBack];
  return applyEdits(outside, edits);
}
