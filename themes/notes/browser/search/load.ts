// The index and the engine are fetched on the first interaction with search,
// never on page load, and once per page view; a failed load is tried again on
// the next attempt.
import type { SearchEngine } from './engine';

let pending: Promise<SearchEngine> | null = null;

async function fetchIndex(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export function loadEngine(url: string): Promise<SearchEngine> {
  pending ??= Promise.all([import('./engine.ts'), fetchIndex(url)]).then(([engine, index]) => engine.createSearchEngine(index));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

