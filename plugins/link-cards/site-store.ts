// The store as the build uses it: read from Hexo's data (source/_data/link_cards.yml)
// once per generate, its problems reported once, images checked in the site's source.
import fs from 'node:fs';
import path from 'node:path';
import { readStore, STORE_FILE, type StoreIndex } from './store';

export interface StoreSource {
  /** The store's parsed YAML (undefined when there is no file). */
  data(): unknown;
  /** The site's source folder, where local images must exist. */
  sourceDir: string;
  warn(message: string): void;
}

export interface StoreCache {
  /** The validated store, read on first use after a reset. */
  get(): StoreIndex;
  /** Forgets the store: the next get() reads it again (a new generate). */
  reset(): void;
}

export function storeCache(source: StoreSource): StoreCache {
  let index: StoreIndex | null = null;
  const imageExists = (sitePath: string): boolean => fs.existsSync(path.join(source.sourceDir, ...sitePath.split('/').filter(Boolean)));
  return {
    get() {
      if (index) return index;
      const read = readStore(source.data(), imageExists);
      for (const warning of read.warnings) source.warn(`source/${STORE_FILE}: ${warning}`);
      index = read.index;
      return index;
    },
    reset() {
      index = null;
    },
  };
}
