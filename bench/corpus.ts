// The notes the benchmark builds: the shared corpus generator when ../shared is
// there (figures comparable across machines), else a smaller generator built from
// the seed note alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface NoteFile {
  name: string;
  content: string;
}

interface Piece {
  title: string;
  body: string;
}

/** Splits a note into pieces at its `##`–`####` headings, dropping its front matter. */
export function seedPieces(seed: string): Piece[] {
  const body = seed.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const pieces: Piece[] = [];
  for (const part of body.split(/\n(?=#{2,4} )/)) {
    const m = /^#{2,4} (.+)/.exec(part);
    const rest = m ? part.slice(m[0].length).trim() : '';
    if (!m?.[1] || rest.length < 40) continue;
    pieces.push({ title: m[1].trim(), body: `${rest}\n` });
  }
  if (pieces.length === 0) pieces.push({ title: 'note', body: `${body.trim()}\n` });
  return pieces;
}

/**
 * N notes built from the seed note's sections, with the front matter the
 * site's notes use (title, date, tags, id, no_word_count, no_toc). Deterministic.
 */
export function fallbackNotes(seed: string, n: number): NoteFile[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`note count must be a positive integer, got ${n}`);
  const pieces = seedPieces(seed);
  const t0 = Date.UTC(2023, 0, 1);
  const notes: NoteFile[] = [];
  for (let i = 0; i < n; i++) {
    const piece = pieces[i % pieces.length] as Piece;
    const round = Math.floor(i / pieces.length);
    const front = {
      title: round ? `${piece.title} (${round + 1})` : piece.title,
      date: new Date(t0 + (i * 8 * 3600 * 1000)).toISOString().replace('T', ' ').slice(0, 19),
      tags: ['AI', `group-${i % 10}`],
      id: `note-${i}`,
      no_word_count: i % 7 === 3,
      no_toc: i % 5 === 2,
    };
    notes.push({ name: `note-${i}.md`, content: `---\n${YAML.stringify(front).trimEnd()}\n---\n\n## ${piece.title}\n\n${piece.body}` });
  }
  return notes;
}

export interface CorpusSource {
  /** `shared` or a sentence saying why the fallback was used. */
  kind: string;
}

/** Writes N notes into `dir` and says which generator made them. */
export function writeCorpus(projectRoot: string, dir: string, n: number, forceFallback = false): CorpusSource {
  const tool = path.resolve(projectRoot, '..', 'shared', 'tools', 'corpus.mjs');
  fs.mkdirSync(dir, { recursive: true });
  const seed = fs.readFileSync(path.join(projectRoot, 'source', '_posts', 'ai.md'), 'utf8');
  if (forceFallback) {
    for (const note of fallbackNotes(seed, n)) fs.writeFileSync(path.join(dir, note.name), note.content);
    return { kind: 'built-in fallback from source/_posts/ai.md (--fallback-corpus)' };
  }
  if (fs.existsSync(tool)) {
    execFileSync(process.execPath, [tool, dir, String(n)], { stdio: 'pipe' });
    return { kind: 'shared (../shared/tools/corpus.mjs)' };
  }
  for (const note of fallbackNotes(seed, n)) fs.writeFileSync(path.join(dir, note.name), note.content);
  return { kind: 'built-in fallback from source/_posts/ai.md (../shared is absent)' };
}
