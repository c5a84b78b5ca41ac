// How long `hexo server` waits for a saved file to settle before reading it: Hexo
// gives its source and theme folders' watchers chokidar's awaitWriteFinish with a
// 200 ms threshold, polled every 100 ms, so a save waits 200–300 ms before Hexo
// even reads it (and 100 ms more of Hexo's own debounce). Hexo's types leave the
// boxes' options out.
import type { Hexo } from './index';
import { internalChanged } from './version';

interface WatchedBox {
  options: { awaitWriteFinish?: unknown };
}

function boxOf(hexo: Hexo, name: 'source' | 'theme'): WatchedBox {
  const box = (hexo as unknown as Record<string, Partial<WatchedBox> | undefined>)[name];
  if (!box?.options || typeof box.options !== 'object') throw internalChanged('hexo', `hexo.${name} (a Box) has no watch options`);
  return box as WatchedBox;
}

/**
 * Reads a saved file once its size has held for `stableMs`, checked every
 * `pollMs`. Set before the watchers start (when the scripts load).
 */
export function settleSavesAfter(hexo: Hexo, stableMs: number, pollMs: number): void {
  for (const name of ['source', 'theme'] as const) {
    boxOf(hexo, name).options.awaitWriteFinish = { stabilityThreshold: stableMs, pollInterval: pollMs };
  }
}
