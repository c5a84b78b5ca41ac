// Runs hexo-cli inside this process and, at exit, writes the process's peak
// resident set size (kB, from the kernel's rusage) and the CPU time it used
// (ms, user + system) to $BENCH_RSS_FILE, separated by a space. The
// benchmark starts every measured Hexo command through this wrapper, for our
// site and the plain one alike.
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
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  if (out) fs.writeFileSync(out, `${process.resourceUsage().maxRSS} ${(user + system) / 1000}`);
});
// hexo-cli reads its arguments from process.argv.
process.argv = [process.argv[0], path.resolve(bin), ...args];
createRequire(import.meta.url)(path.resolve(bin));
