// The search index built on a worker thread (see off-thread.ts): the thread
// keeps its own postings cache, warmed with each note as it is rendered, so the
// build itself only merges, and `hexo server` gathers only the notes that changed.
import { parentPort } from 'node:worker_threads';
import type { IndexNote } from './build-index';
import type { GatherInput } from './postings';
import { buildShards, processCache, type ShardBuild, type ShardOptions } from './shards';

export type Request =
  | { kind: 'warm'; notes: GatherInput[] }
  | {
      kind: 'build';
      id: number;
      notes: IndexNote[];
      /** What can cross threads: no cache object. */
      options: Omit<ShardOptions, 'cache'>;
    };

export type BuildReply = { id: number; built: ShardBuild; ms: number } | { id: number; error: string };

function answer(request: Request): BuildReply | null {
  if (request.kind === 'warm') {
    // Should it throw, the thread stops and the build runs on the main thread (off-thread.ts).
    for (const note of request.notes) processCache.warm(note);
    return null;
  }
  const start = performance.now();
  try {
    return { id: request.id, built: buildShards(request.notes, request.options), ms: performance.now() - start };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Answers the requests of the thread that started this one, in order. */
export function serveIndexBuilds(): void {
  const port = parentPort;
  if (!port) throw new Error('serveIndexBuilds runs on a worker thread');
  port.on('message', (request: Request) => {
    const reply = answer(request);
    if (reply) port.postMessage(reply);
  });
}
