// Libraries loaded on first use: every Hexo command (`hexo clean` too) loads
// all plugins, and most commands and notes never need these.

/** The value `load` makes, made on the first call and kept. */
export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * A package's CommonJS module, required on the first call. The type is the
 * caller's word for what the module exports, as with any `require`. A module of
 * ours is required with a literal path instead, `lazy(() => require('./x'))`,
 * so that esbuild puts it in the plugins' bundle (scripts/load-plugins.js).
 */
export function lazyRequire<T>(id: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return lazy(() => require(id) as T);
}

export type Yaml = typeof import('yaml');
export const yaml = lazyRequire<Yaml>('yaml');
