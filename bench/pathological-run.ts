// `npm run bench -- --pathological`: each note of pathological.ts built beside
// the seed note by our site and by plain Hexo (clean + generate, alternating),
// the times side by side with how each build ended.
import fs from 'node:fs';
import path from 'node:path';
import { errorLines, execHexo, type Outcome } from './hexo-run';
import { caseNote, PATHOLOGICAL, type PathologicalCase } from './pathological';
import { formatSummary } from './report';
import { makeSeedSites } from './sites';
import { summarize } from './stats';

interface Side {
  times: number[];
  outcome: string;
}

/** How a build ended, in a few words: written or not, errors named, FATAL. */
export function describeOutcome(outcome: Pick<Outcome, 'code' | 'output'>, written: boolean): string {
  const errors = errorLines(outcome.output);
  const fatal = errors.some((line) => line.startsWith('FATAL'));
  const parts = [written ? 'page written' : 'page not written'];
  if (fatal) parts.push('FATAL');
  else if (errors.length > 0) parts.push(`${errors.length} error(s): ${errors[0]?.slice(0, 80) ?? ''}`);
  if (outcome.code !== 0) parts.push(`exit ${outcome.code}`);
  return parts.join(', ');
}

async function buildOnce(dir: string, c: PathologicalCase): Promise<{ ms: number; outcome: string }> {
  const clean = await execHexo(dir, ['clean']);
  const generate = await execHexo(dir, ['generate']);
  const written = fs.existsSync(path.join(dir, 'public', c.name, 'index.html'));
  return { ms: clean.wallMs + generate.wallMs, outcome: describeOutcome(generate, written) };
}

async function measureCase(projectRoot: string, plainInstall: string, root: string, c: PathologicalCase, runs: number, log: (line: string) => void): Promise<Record<'ours' | 'plain', Side>> {
  const sites = makeSeedSites(projectRoot, plainInstall, root, c.name, caseNote(c));
  const sides: Record<'ours' | 'plain', Side> = { ours: { times: [], outcome: '' }, plain: { times: [], outcome: '' } };
  for (let run = 0; run < runs; run++) {
    const order: Array<'ours' | 'plain'> = run % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
    for (const side of order) {
      const { ms, outcome } = await buildOnce(sites[side], c);
      log(`  ${c.name} ${side} run ${run + 1}: ${(ms / 1000).toFixed(2)} s (${outcome})`);
      sides[side].times.push(ms);
      sides[side].outcome = outcome;
    }
  }
  return sides;
}

/** The section as Markdown. */
export async function pathologicalReport(projectRoot: string, plainInstall: string, root: string, runs: number, log: (line: string) => void): Promise<string> {
  const lines = [
    '| Note, built beside the seed note | Ours: median (min–max) | Ours: outcome | Plain Hexo: median (min–max) | Plain: outcome | Ours / plain |',
    '| --- | ---: | --- | ---: | --- | ---: |',
  ];
  for (const c of PATHOLOGICAL) {
    log(`Pathological note: ${c.label}`);
    const { ours, plain } = await measureCase(projectRoot, plainInstall, root, c, runs, log);
    const o = summarize(ours.times.map((ms) => ms / 1000));
    const p = summarize(plain.times.map((ms) => ms / 1000));
    lines.push(`| ${c.label} | ${formatSummary(o, 's')} | ${ours.outcome} | ${formatSummary(p, 's')} | ${plain.outcome} | ${(o.median / p.median).toFixed(2)}× |`);
  }
  return `Pathological notes (clean + generate, ${runs} run(s) each side, alternating):\n\n${lines.join('\n')}\n`;
}
