import fs from 'node:fs';
import { buildShards } from './plugins/search/shards';
import { createSearchEngine } from './themes/notes/browser/search/engine';
const base = JSON.parse(fs.readFileSync('/tmp/notes-1000.json', 'utf8'));
const eng = createSearchEngine(base);
for (const q of ['prompt', 'attention', 'embedding']) {
  const r = eng.search(q);
  const hist = new Map<string, number>();
  for (const x of r) { const k = `${x.score.toString(16)}/${x.hits}`; hist.set(k, (hist.get(k) ?? 0) + 1); }
  console.log(q, r.length, 'top10', r.slice(0, 10).map((x) => `${x.score.toString(16)}/${x.hits}`).join(' '), 'hist', [...hist].slice(0, 12).map(([k, v]) => `${k}:${v}`).join(' '));
}
