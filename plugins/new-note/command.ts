// `hexo new` for notes: the id derived from the title (or --id), unique against
// the notes and the site's top-level names, the file named after it, and the
// exact title written into the front matter afterwards.
import path from 'node:path';
import type { Hexo } from '../hexo';
import type { Command, CommandArgs } from '../hexo/console';
import { reservedOwner, siteReservedIds } from '../front-matter/reserved-ids';
import { existingIds } from './existing';
import { tidyFrontMatter } from './front-matter';
import { idFromTitle, isUrlSafeId, uniqueId } from './note-id';

/** The id the note asked for, made usable in a URL (with a warning when it had to change). */
function requestedId(hexo: Hexo, args: CommandArgs, title: string): string {
  if (args.id === undefined) return idFromTitle(title);
  const requested = typeof args.id === 'string' || typeof args.id === 'number' ? String(args.id).trim() : '';
  if (!requested) throw new Error('--id needs a value, e.g. --id my-note');
  const base = isUrlSafeId(requested) ? requested : idFromTitle(requested);
  if (base !== requested) hexo.log.warn(`--id "${requested}" is not usable in a URL; using "${base}"`);
  return base;
}

/** `base`, or the first free variant of it, warning about whoever already has it. */
function freeId(hexo: Hexo, base: string): string {
  const taken = existingIds([path.join(hexo.source_dir, '_posts'), path.join(hexo.source_dir, '_drafts')]);
  const reserved = siteReservedIds(hexo);
  const id = uniqueId(base, new Set([...taken.keys(), ...reserved.keys()]));
  if (id !== base) {
    const owner = taken.get(base.toLowerCase()) ?? reservedOwner(reserved, base) ?? '';
    hexo.log.warn(`id "${base}" is already used by ${path.isAbsolute(owner) ? path.relative(hexo.base_dir, owner) : owner}; this note gets id "${id}"`);
  }
  return id;
}

/** Runs Hexo's own `new` with the id, and returns the file it created. */
async function createWithId(hexo: Hexo, original: Command['run'], args: CommandArgs, id: string, givenPath: string | undefined): Promise<string | undefined> {
  const words = [...args._];
  const created: { path?: string } = {};
  const onNew = (result: { path: string }): void => {
    created.path = result.path;
  };
  hexo.once('new', onNew);
  try {
    // The file is named after the id unless a slug or a path was given.
    const slug = args.s ?? args.slug ?? (givenPath ? undefined : id);
    // Hexo templates the title into YAML unescaped (a backslash breaks it): it
    // gets the id here, and the exact title is written afterwards.
    const safeWords = words.length ? [...words.slice(0, -1), id] : words;
    await original.call(hexo, { ...args, _: safeWords, id, ...(slug === undefined ? {} : { slug }) });
  } finally {
    hexo.removeListener('new', onNew);
  }
  return created.path;
}

/** The `new` command, wrapping Hexo's `original`. */
export function newNoteCommand(original: Command['run']): Command['run'] {
  return async function newNote(this: Hexo, args: CommandArgs) {
    const words = [...args._];
    const givenPath = typeof args.p === 'string' ? args.p : typeof args.path === 'string' ? args.path : undefined;
    const title = words.length ? String(words[words.length - 1]) : givenPath ? path.basename(givenPath) : undefined;
    const layout = String(words.length > 1 ? words[0] : this.config.default_layout).toLowerCase();
    // Pages have no id (they are published at their path); without a title Hexo prints its help.
    if (title === undefined || layout === 'page') return original.call(this, args);

    const id = freeId(this, requestedId(this, args, title));
    const now = new Date();
    const created = await createWithId(this, original, args, id, givenPath);
    if (created) tidyFrontMatter(created, title, now, this.config.timezone);
    this.log.info(`Note id: ${id} (published at /${id}/)`);
  };
}
