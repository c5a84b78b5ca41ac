// Ctrl+F recall on a real build: random substrings of the rendered prose of a
// corpus site (CJK of 1–4 characters, Latin of 3 or more letters, inside words
// too) are looked for by scanning every note's HTML, read with a real parser,
// and by the browser's engine over the built index files. The two must name
// the same notes: no miss, no false hit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { isTag, isText, type AnyNode } from 'domhandler';
import { fold, SOFT_WRAP } from '../../../shared/search-text';
import { openIndex, type ShardSearch } from '../../../themes/notes/browser/search/query';
import { readNotes } from '../../helpers/search-index';
import { makeSite, openSite, runHexo, shared, type Site } from '../../helpers/site';

const corpusTool = shared('tools/corpus.mjs');
const NOTES = 200;
const SITE = 'https://site.test';

/** What a reader does not see as text, or what search leaves out by design (README, "Search"). */
const NOT_TEXT = [
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'button', 'textarea', 'iframe', 'object', 'video', 'audio', 'canvas', 'select',
  // heading permalinks, formulas and diagrams, code-block gutters
  '.headerlink', '.katex', '.math', '.mermaid', '.gutter', '.line-numbers',
  // a code block's caption shows its language, kind and buttons; its file name is searchable
  '.code-head > :not(.code-filename)',
  // a named file's summary (tables of its services and variables, the command that starts it), made from its code
  '.code-file-summary',
  // a link card's URL line, repository path, video badge and icon (its label, title, description and site are searchable)
  '.link-card-url', '.link-card-repo', '.link-card-video', '.link-card-icon',
].join(', ');

/** Elements whose text runs on into the text around them; every other element is a block of its own. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

interface Block {
  text: string;
  code: boolean;
}

/** The note's visible text as blocks: a block element (or a line break) ends one. */
function blocks($: cheerio.CheerioAPI, root: AnyNode[]): Block[] {
  const out: Block[] = [];
  let current: Block = { text: '', code: false };
  const end = (code: boolean): void => {
    if (current.text) out.push(current);
    current = { text: '', code };
  };
  const walk = (node: AnyNode, code: boolean): void => {
    if (isText(node)) {
      current.text += node.data;
      return;
    }
    if (!isTag(node)) return;
    const el = node;
    const isCode = code || el.name === 'pre';
    // A link card shows its parts on lines of their own.
    const inline = INLINE.has(el.name) && !(el.attribs.class ?? '').includes('link-card');
    if (!inline) end(isCode);
    if (el.name === 'br') current.text += '\n';
    for (const child of el.children) walk(child, isCode);
    if (!inline) end(code);
  };
  $(root).find(NOT_TEXT).remove();
  for (const node of root) walk(node, false);
  end(false);
  return out;
}

interface ScannedNote {
  url: string;
  /** Everything search should find, normalised; blocks one per line. */
  text: string;
  /** The prose blocks, where queries are picked. */
  prose: string[];
}

/** Every published note of the built site, read from its page. */
function scanNotes(publicDir: string): ScannedNote[] {
  const notes: ScannedNote[] = [];
  for (const file of fs.readdirSync(publicDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('index.html')) continue;
    const $ = cheerio.load(fs.readFileSync(path.join(publicDir, file), 'utf8'));
    const article = $('article.note[data-id]');
    if (article.length === 0) continue;
    const title = article.find('.note-title').text();
    const tags = article.find('.note-meta a.tag').toArray().map((a) => $(a).text());
    const body = blocks($, article.find('.note-body').toArray());
    // A line break the author typed between CJK characters is no break (README, "Search").
    const lines = body.map((b) => (b.code ? b.text : b.text.replace(SOFT_WRAP, '')));
    notes.push({
      url: `/${path.dirname(file).split(path.sep).join('/')}/`,
      text: fold([title, ...tags, ...lines].join('\n')),
      prose: body.filter((b) => !b.code).map((b) => b.text.replace(SOFT_WRAP, '')),
    });
  }
  return notes;
}

/** A seeded generator, so that a failure names queries that fail again. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** `count` substrings of runs matching `run` in the prose, `min`–`max` characters long, starting anywhere inside a run. */
function pick(notes: readonly ScannedNote[], run: RegExp, min: number, max: number, count: number, rand: (n: number) => number): string[] {
  const runs = notes.flatMap((n) => n.prose.flatMap((p) => [...p.matchAll(run)].map((m) => Array.from(m[0]))));
  const picked = new Set<string>();
  for (let tries = 0; picked.size < count && tries < count * 20; tries++) {
    const chars = runs[rand(runs.length)] ?? [];
    if (chars.length < min) continue;
    const length = min + rand(Math.min(max, chars.length) - min + 1);
    const start = rand(chars.length - length + 1);
    picked.add(chars.slice(start, start + length).join(''));
  }
  return [...picked];
}

function fromDisk(publicDir: string) {
  return (url: string): Promise<string> => {
    const file = path.join(publicDir, decodeURIComponent(new URL(url).pathname));
    return fs.promises.readFile(file, 'utf8');
  };
}

describe('recall on a corpus build', { skip: corpusTool ? false : '../shared is absent (no corpus tool): the recall test needs it' }, () => {
  let site: Site;
  let notes: ScannedNote[];
  let engine: ShardSearch;
  const rand = random(13);

  before(async () => {
    const dir = makeSite({ projectSource: true });
    execFileSync(process.execPath, [corpusTool as string, path.join(dir, 'source', '_posts', 'corpus'), String(NOTES)]);
    site = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(site.errors, []);
    notes = scanNotes(site.publicDir);
    engine = await openIndex(`${SITE}/search.json`, fromDisk(site.publicDir), SITE);
  });
  after(() => site?.remove());

  /** The notes the engine finds for `query`, all of them, and the notes whose page holds it. */
  async function compare(query: string): Promise<void> {
    const page = await engine.search(query, { limit: 100_000, exactTotal: true });
    const found = page.results.map((r) => decodeURI(r.url)).sort();
    const needle = fold(query);
    const expected = notes.filter((n) => n.text.includes(needle)).map((n) => decodeURI(n.url)).sort();
    const missed = expected.filter((u) => !found.includes(u));
    const falseHits = found.filter((u) => !expected.includes(u));
    assert.deepEqual({ missed, falseHits }, { missed: [], falseHits: [] }, `query ${JSON.stringify(query)}`);
    assert.deepEqual(found, expected, `query ${JSON.stringify(query)}`);
    assert.equal(page.total, expected.length, `count for ${JSON.stringify(query)}`);
  }

  test('every published note is in the index, and nothing else', () => {
    assert.ok(notes.length > NOTES, `${notes.length} note pages`);
    const indexed = readNotes(site).map((n) => decodeURI(n.url)).sort();
    assert.deepEqual(indexed, notes.map((n) => decodeURI(n.url)).sort());
  });

  test('CJK substrings of 1–4 characters: exactly the notes whose page holds them', async () => {
    const queries = pick(notes, /\p{Script=Han}+/gu, 1, 4, 160, rand);
    assert.ok(queries.length >= 100, `${queries.length} queries`);
    for (const q of queries) await compare(q);
  });

  test('Latin substrings of 3 or more letters, inside words too: exactly the notes whose page holds them', async () => {
    const queries = pick(notes, /[A-Za-z]{3,}/g, 3, 12, 120, rand);
    assert.ok(queries.length >= 80, `${queries.length} queries`);
    assert.ok(queries.some((q) => q !== q.toLowerCase()), 'some queries keep their capitals');
    for (const q of queries) await compare(q);
  });
});
