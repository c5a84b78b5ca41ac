// Checks of the front matter Hexo has parsed: the boolean flags and the note ids
// (the URL is /<id>/). Pure: takes what the notes say, returns ids and messages.
import { yaml } from '../shared/lazy';
import { slugify } from './headings';

export const FLAGS = ['no_word_count', 'no_toc'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Problem {
  level: 'warn' | 'error';
  /** The note's file, relative to the site folder. */
  file: string;
  /** The front-matter key the problem is about, so its line can be found. */
  key?: string;
  message: string;
}

/** A flag is on only when it is the boolean true; anything else is off. */
export function flagOn(value: unknown): boolean {
  return value === true;
}

/** Warnings for flags that are present but not booleans. */
export function checkFlags(file: string, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const key of FLAGS) {
    const value = data[key];
    if (value === undefined || typeof value === 'boolean') continue;
    problems.push({
      level: 'warn',
      file,
      key,
      message: `front matter "${key}" is ${JSON.stringify(value) ?? typeof value}, not true or false; the flag stays off`,
    });
  }
  return problems;
}

/**
 * The id of a note that has none: its path under _posts without the extension,
 * each folder and the name slugged ("RAG 入门.md" → "RAG-入门", "ml/a b.md" → "ml/a-b").
 */
export function idFromFileName(source: string): string {
  const rel = source.replace(/^_(posts|drafts)\//, '').replace(/\.[^./]+$/, '');
  return rel
    .split('/')
    .map((part) => slugify(part) || 'note')
    .join('/');
}

/** Characters an id may not hold: it becomes a URL path. */
const BAD_ID = /[\s?#%\\"'<>]|^\/|\/$|(^|\/)\.\.?(\/|$)|\/\//;

export interface NoteIdInput {
  /** Hexo's `source`, e.g. `_posts/a.md`. */
  source: string;
  /** The file, as named in messages. */
  file: string;
  /** The front matter's `id`: undefined when the key is absent. */
  id: unknown;
}

export interface IdResolution {
  /** The id each note is published under, in input order. */
  ids: string[];
  problems: Problem[];
}

/**
 * Decides every note's id. Missing: from the file name. Empty or unusable: an error,
 * and the file-name id. Shared by several notes: an error naming them; the note
 * whose file sorts first keeps the id, the others get "<id>-2", "<id>-3"… so that
 * none overwrites another. An id in `reserved` (the tag index's folder…) is
 * treated the same way: the site's own page keeps it.
 */
export function resolveIds(notes: readonly NoteIdInput[], reserved: ReadonlyMap<string, string> = new Map()): IdResolution {
  const problems: Problem[] = [];
  const wanted = notes.map((note) => {
    if (note.id === undefined) return idFromFileName(note.source);
    const id = typeof note.id === 'string' || typeof note.id === 'number' ? String(note.id).trim() : '';
    if (id && !BAD_ID.test(id)) return id;
    const fallback = idFromFileName(note.source);
    const why = id ? `"${id}" cannot be a URL path (no spaces, ? # % \\ quotes, < >, or empty/dot segments)` : 'empty';
    problems.push({ level: 'error', file: note.file, key: 'id', message: `front matter "id" is ${why}; the note is published at ${fallback}/ (from its file name) until it is fixed` });
    return fallback;
  });
  const order = notes.map((_, i) => i).sort((a, b) => (notes[a]?.file ?? '').localeCompare(notes[b]?.file ?? ''));
  const taken = new Set([...wanted, ...reserved.keys()]);
  /** Who has each id: a note's file or, for reserved ids, what the site uses it for. */
  const owner = new Map<string, string>(reserved);
  const ids = [...wanted];
  for (const i of order) {
    const id = wanted[i] ?? '';
    const file = notes[i]?.file ?? '';
    const first = owner.get(id);
    if (first === undefined) {
      owner.set(id, file);
      continue;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n += 1;
    const moved = `${id}-${n}`;
    taken.add(moved);
    ids[i] = moved;
    problems.push({
      level: 'error',
      file,
      key: 'id',
      message: `id "${id}" is also the id of ${first}; ${first} keeps ${id}/ and this note is published at ${moved}/ until one of the ids changes`,
    });
  }
  return { ids, problems };
}

/** Where front matter failed to parse: the file line of the YAML error, when YAML finds one. */
export function frontMatterErrorLine(raw: string): { line: number; message: string } | null {
  const match = /^(?:---\s*\r?\n)([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(raw);
  if (!match) return null;
  const doc = yaml().parseDocument(match[1] ?? '');
  const error = doc.errors[0];
  if (!error) return null;
  const line = (error.linePos?.[0].line ?? 1) + 1;
  // The message's own position counts lines of the YAML block, not of the file.
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return { line, message };
}

/** The file line of `key:` at the top level of the note's front matter, or null. */
export function frontMatterKeyLine(raw: unknown, key: string): number | null {
  if (typeof raw !== 'string') return null;
  const lines = raw.split('\n').map((line) => line.trimEnd());
  // Hexo also reads front matter without the opening `---`.
  const first = lines[0] === '---' ? 1 : 0;
  const end = lines.indexOf('---', first);
  if (end === -1) return null;
  const pattern = new RegExp(`^${key.replace(/\W/g, '\\$&')}\\s*:`);
  const at = lines.slice(first, end).findIndex((line) => pattern.test(line));
  return at === -1 ? null : first + at + 1;
}
