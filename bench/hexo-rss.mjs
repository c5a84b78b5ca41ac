// Runs hexo-cli inside this process and, at exit, writes the process's peak
// resident set size (kB, from the kernel's rusage), the CPU time it used (ms,
// user + system) and the main thread's share of it (ms; NaN where /proc is
// missing) to $BENCH_RSS_FILE, separated by spaces. The benchmark starts every
// measured Hexo command through this wrapper, for our site and the plain one
// alike. The main thread renders everything, so its CPU is the part of a build
// that no second core can take: unlike wall time on a shared machine, it
// barely moves from run to run.
// usage: node hexo-rss.mjs HEXO_CLI_BIN ARGS...
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const [bin, ...args] = process.argv.slice(2);
if (!bin) {
  console.error('usage: hexo-rss.mjs HEXO_CLI_BIN ARGS...');
  process.exit(2);
}
const out = process.env.BENCH_RSS_FILE;

/** utime + stime of a /proc stat line, in clock ticks (fields 14 and 15; the name before them may hold spaces). */
function ticksOf(statLine) {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The main thread's CPU in ms, scaled by the process's own total (which /proc counts in ticks, exited threads included). */
function mainThreadMs(processMs) {
  try {
    const all = ticksOf(fs.readFileSync('/proc/self/stat', 'utf8'));
    const main = ticksOf(fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
    return all > 0 ? (processMs * main) / all : NaN;
  } catch {
    return NaN;
  }
}

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const cpuMs = (user + system) / 1000;
  if (out) fs.writeFileSync(out, `${process.resourceUsage().maxRSS} ${cpuMs} ${mainThreadMs(cpuMs)}`);
});
// hexo-cli reads its arguments from process.argv.
process.argv = [process.argv[0], path.resolve(bin), ...args];
createRequire(import.meta.url)(path.resolve(bin));
