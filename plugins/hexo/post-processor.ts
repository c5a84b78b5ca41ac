// Hexo's post processor, the one that reads `source/_posts/*.md` into the Post
// model. Hexo neither exports nor names its processors: it is found by what its
// pattern matches, and wrapped to learn which notes it could not read. Relies on
// `hexo.extend.processor.list()` giving `{ pattern, process }` entries, the post
// pattern's params holding `published`, the processor throwing for a note it
// cannot read, and Hexo's watcher regenerating on the source box's `processAfter`.
import type { Hexo } from './index';
import { internalChanged } from './version';

interface SourceFile {
  path: string;
  type: string;
  params: { renderable?: boolean };
}

interface ProcessorEntry {
  pattern: { match(path: string): unknown };
  process: (file: SourceFile) => unknown;
}

/** The entry of Hexo's post processor among the registered ones, or undefined. */
export function findPostProcessor(hexo: Hexo): ProcessorEntry | undefined {
  const processors = hexo.extend.processor.list() as unknown as ProcessorEntry[];
  return processors.find((p) => {
    const params = p.pattern.match('_posts/note.md');
    return typeof params === 'object' && params !== null && 'published' in params;
  });
}

/** After a note failed: its previous version is taken down and the regeneration asked for. */
async function dropStale(hexo: Hexo, file: SourceFile): Promise<void> {
  const stale = hexo.model('Post').findOne({ source: file.path }) as { remove(): PromiseLike<unknown> } | undefined;
  if (stale) await stale.remove();
  // Hexo's watcher regenerates on processAfter, which a failed file does not emit.
  hexo.source.emit('processAfter', { type: file.type, path: file.path });
}

/**
 * The notes Hexo could not read (`_posts/a.md`…), as of the last time each was
 * processed: Hexo logs "Process failed" and goes on without them. Hexo also
 * keeps such a note's previous version published (in db.json too) and, under
 * `hexo server`, does not regenerate; so the stale version is dropped and the
 * regeneration asked for. A note that fails is processed again at every load
 * (it has no post to skip to), so this set is complete in `hexo generate` as well.
 */
export function trackUnreadNotes(hexo: Hexo): ReadonlySet<string> {
  const unread = new Set<string>();
  const entry = findPostProcessor(hexo);
  if (!entry) throw internalChanged('hexo', 'its post processor (the one whose pattern gives `published` for _posts/note.md) was not found');
  const original = entry.process;
  entry.process = function processNote(this: unknown, file: SourceFile): Promise<unknown> {
    return Promise.resolve(original.call(this, file)).then(
      (result) => {
        unread.delete(file.path);
        return result;
      },
      async (error: unknown) => {
        // Assets (post_asset_folder) go through the same processor; only notes count.
        if (file.type !== 'delete' && file.params.renderable) {
          unread.add(file.path);
          await dropStale(hexo, file);
        }
        throw error;
      },
    );
  };
  return unread;
}
