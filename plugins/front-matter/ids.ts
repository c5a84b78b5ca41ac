// The note ids (the URL is /<id>/): from the front matter, else the file name;
// unusable, shared and reserved ids reported and moved aside. Pure: takes what
// the notes say, returns ids and messages.
import { slugify } from '../headings/ids';
import type { Problem } from './problem';
import { reservedOwner, type ReservedIds } from './reserved-ids';

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
 * none overwrites another. An id in `reserved` (reserved-ids.ts: the tag pages'
 * folder…, in any case) is treated the same way: the site's own page keeps it.
 */
export function resolveIds(notes: readonly NoteIdInput[], reserved: ReservedIds = new Map()): IdResolution {
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
  const taken = new Set(wanted);
  const free = (id: string): boolean => !taken.has(id) && reservedOwner(reserved, id) === undefined;
  /** Who has each id: a note's file or, for reserved ids, what the site uses it for. */
  const owner = new Map<string, string>();
  const ids = [...wanted];
  for (const i of order) {
    const id = wanted[i] ?? '';
    const file = notes[i]?.file ?? '';
    const first = reservedOwner(reserved, id) ?? owner.get(id);
    if (first === undefined) {
      owner.set(id, file);
      continue;
    }
    let n = 2;
    while (!free(`${id}-${n}`)) n += 1;
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
