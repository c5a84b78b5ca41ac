// The search index built on a worker thread: at 1,000 notes about half a second
// of CPU (and its garbage) that the other generators, the pages' rendering and
// `hexo server`'s live reload no longer wait for on the main thread.
//
// The thread loads the module this code was loaded from: the plugins' bundle
// (scripts/load-plugins.js), or this file through tsx when the plugins run from
// source. Both export serveIndexBuilds. Anything that keeps the thread from
// answering (it cannot start, it stops, it throws) builds the index on the main
// thread instead: the same files, and the reason is returned to be logged.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { IndexNote } from './build-index';
import { buildShards, type ShardBuild } from './shards';
import type { GatherInput } from './postings';
import type { BuildReply, Request } from './worker';

export { serveIndexBuilds } from './worker';

const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.file).serveIndexBuilds();
`;

export interface ThreadBuild {
  built: ShardBuild;
  /** Time the building thread was busy with it, ms. */
  ms: number;
  thread: 'worker' | 'main';
  /** Why the main thread built it. */
  reason?: string;
}

type BuildOptions = Extract<Request, { kind: 'build' }>['options'];

/**
 * Notes warmed per message: one message per note woke the thread a thousand
 * times per build and cost the main thread more to send than the batch does.
 */
const WARM_BATCH = 32;

interface Waiting {
  resolve: (reply: BuildReply) => void;
  reject: (error: Error) => void;
}

/** The worker and the builds it was asked for; one per process, started on first use. */
class IndexThread {
  private worker: Worker | null = null;
  private failure: string | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private warming: GatherInput[] = [];

  constructor(private readonly file: string) {}

  /** Starts the thread (it loads the plugins meanwhile); a no-op once started or failed. */
  start(): void {
    if (this.worker || this.failure) return;
    const source = this.file.endsWith('.ts');
    const tsx = source ? createRequire(this.file).resolve('tsx/cjs/api') : null;
    try {
      // execArgv: [] so that a test runner's `--import tsx` does not load a loader thread per worker.
      this.worker = new Worker(BOOT, { eval: true, execArgv: [], workerData: { file: this.file, tsx } });
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      return;
    }
    // Idle, the thread does not keep the process alive (ref'd while a build waits).
    this.worker.unref();
    this.worker.on('message', (reply: BuildReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error.message));
    this.worker.on('exit', (code) => this.fail(`the thread exited with code ${code}`));
  }

  async build(notes: IndexNote[], options: BuildOptions): Promise<ThreadBuild> {
    this.start();
    const worker = this.worker;
    if (!worker) return mainThread(notes, options, this.failure ?? 'no worker thread');
    this.flush();
    const id = this.nextId++;
    const reply = new Promise<BuildReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.ref();
    try {
      worker.postMessage({ kind: 'build', id, notes, options } satisfies Request);
      const answer = await reply;
      if ('error' in answer) return mainThread(notes, options, answer.error);
      return { built: answer.built, ms: answer.ms, thread: 'worker' };
    } catch (error) {
      return mainThread(notes, options, error instanceof Error ? error.message : String(error));
    } finally {
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker?.unref();
    }
  }

  /** Has the thread gather a rendered note's postings while the main thread goes on (a no-op without a thread). */
  warm(note: GatherInput): void {
    if (!this.worker) return;
    this.warming.push(note);
    if (this.warming.length >= WARM_BATCH) this.flush();
  }

  /** Sends the notes warmed since the last batch; a build flushes first, so it finds them all. */
  private flush(): void {
    if (this.warming.length === 0) return;
    const notes = this.warming;
    this.warming = [];
    this.worker?.postMessage({ kind: 'warm', notes } satisfies Request);
  }

  /** Ends the thread and frees its memory (its postings cache too); the next build starts another. */
  stop(): void {
    const worker = this.worker;
    if (!worker || this.waiting.size > 0) return;
    this.worker = null;
    this.warming = [];
    worker.removeAllListeners();
    void worker.terminate();
  }

  private settle(reply: BuildReply): void {
    this.waiting.get(reply.id)?.resolve(reply);
  }

  /** The thread is gone for good: every waiting build is built on the main thread. */
  private fail(reason: string): void {
    this.failure ??= reason;
    const worker = this.worker;
    this.worker = null;
    this.warming = [];
    worker?.removeAllListeners();
    // A failed start may leave a thread running: it must not keep the process alive.
    void worker?.terminate();
    for (const waiting of this.waiting.values()) waiting.reject(new Error(reason));
  }
}

function mainThread(notes: IndexNote[], options: BuildOptions, reason: string): ThreadBuild {
  const start = performance.now();
  const built = buildShards(notes, options);
  return { built, ms: performance.now() - start, thread: 'main', reason };
}

const threads = new Map<string, IndexThread>();

/** The index thread that loads `file` (this module's file by default). */
export function indexThread(file = __filename): IndexThread {
  let thread = threads.get(file);
  if (!thread) threads.set(file, (thread = new IndexThread(file)));
  return thread;
}
