// The engine and the index's entry are fetched on the first interaction with
// search, never on page load, and once per page view; a failed load is tried
// again on the next attempt.
import type { ShardSearch } from './query';

let pending: Promise<ShardSearch> | null = null;

export function loadEngine(url: string): Promise<ShardSearch> {
  pending ??= import('./query.ts').then((engine) => engine.openIndex(url));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
