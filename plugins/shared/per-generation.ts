// Values computed once per generation, not once per page: the sidebar's index,
// the footer's years, looked-up UI strings, the problems found in notes. Made on
// first use and made again once Hexo starts the next generation (its
// 'generateBefore' event, emitted before any before_generate filter): `hexo
// server` regenerates after every edit, and what the edit changed must show.
import type { Hexo } from '../hexo';

/**
 * A value per site and generation. `make` receives the site and what the caller
 * passes after it (e.g. a helper's template locals); those are read only when
 * the value is made, so they must give the same value for the whole generation.
 */
export function perGeneration<T, Args extends unknown[]>(make: (hexo: Hexo, ...args: Args) => T): (hexo: Hexo, ...args: Args) => T {
  // null: made before, forgotten when this generation started.
  const values = new WeakMap<Hexo, { value: T } | null>();
  return (hexo, ...args) => {
    let held = values.get(hexo);
    if (held === undefined) hexo.on('generateBefore', () => values.set(hexo, null));
    if (!held) {
      held = { value: make(hexo, ...args) };
      values.set(hexo, held);
    }
    return held.value;
  };
}
