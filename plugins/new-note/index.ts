import path from 'node:path';
import type { Hexo } from '../hexo';
import { reservedOwner, siteReservedIds } from '../front-matter/reserved-ids';
import { existingIds } from './existing';
import { tidyFrontMatter } from './front-matter';
import { idFromTitle, isUrlSafeId, uniqueId } from './note-id';

interface NewArgs {
  _: (string | number)[];
  [key: string]: unknown;
}
type ConsoleFn = (this: Hexo, args: NewArgs) => Promise<unknown>;

export default function register(hexo: Hexo): void {
  const original = hexo.extend.console.get('new') as unknown as ConsoleFn | undefined;
  if (!original) return;
  const builtIn = hexo.extend.console.list().new as unknown as { desc?: string; options?: { options?: { name: string; desc: string }[] } } | undefined;
  const options = builtIn?.options ?? {};
  hexo.extend.console.register(
    'new',
    builtIn?.desc ?? 'Create a new post.',
    {
      ...options,
      options: [...(options.options ?? []), { name: '--id', desc: 'The note\'s id, its URL /<id>/ (default: derived from the title)' }],
    },
    async function newNote(this: Hexo, args: NewArgs) {
      const words = [...args._];
      const givenPath = typeof args.p === 'string' ? args.p : typeof args.path === 'string' ? args.path : undefined;
      const title = words.length ? String(words[words.length - 1]) : givenPath ? path.basename(givenPath) : undefined;
      const layout = String(words.length > 1 ? words[0] : this.config.default_layout).toLowerCase();
      // Pages have no id (they are published at their path); without a title Hexo prints its help.
      if (title === undefined || layout === 'page') return original.call(this, args);

      const taken = existingIds([path.join(this.source_dir, '_posts'), path.join(this.source_dir, '_drafts')]);
      const reserved = siteReservedIds(this);
      let base: string;
      if (args.id === undefined) {
        base = idFromTitle(title);
      } else {
        const requested = typeof args.id === 'string' || typeof args.id === 'number' ? String(args.id).trim() : '';
        if (!requested) throw new Error('--id needs a value, e.g. --id my-note');
        base = isUrlSafeId(requested) ? requested : idFromTitle(requested);
        if (base !== requested) this.log.warn(`--id "${requested}" is not usable in a URL; using "${base}"`);
      }
      const all = new Set([...taken.keys(), ...reserved.keys()]);
      const id = uniqueId(base, all);
      if (id !== base) {
        const owner = taken.get(base.toLowerCase()) ?? reservedOwner(reserved, base) ?? '';
        this.log.warn(`id "${base}" is already used by ${path.isAbsolute(owner) ? path.relative(this.base_dir, owner) : owner}; this note gets id "${id}"`);
      }

      const now = new Date();
      const created: { path?: string } = {};
      const onNew = (result: { path: string }): void => {
        created.path = result.path;
      };
      this.once('new', onNew);
      try {
        // The file is named after the id unless a slug or a path was given.
        const slug = args.s ?? args.slug ?? (givenPath ? undefined : id);
        // Hexo templates the title into YAML unescaped (a backslash breaks it): it
        // gets the id here, and the exact title is written afterwards.
        const safeWords = words.length ? [...words.slice(0, -1), id] : words;
        await original.call(this, { ...args, _: safeWords, id, ...(slug === undefined ? {} : { slug }) });
      } finally {
        this.removeListener('new', onNew);
      }
      if (created.path) tidyFrontMatter(created.path, title, now, this.config.timezone);
      this.log.info(`Note id: ${id} (published at /${id}/)`);
    },
  );
}
