// Libraries loaded on first use: every Hexo command (`hexo clean` too) loads
// all plugins, and most commands and notes never need these.

/** The value `load` makes, made on the first call and kept. */
export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * A CommonJS module (or one of ours through tsx), required on the first call.
 * `id` is a package name, or `require.resolve('./x')` for a module beside the
 * caller. The type is the caller's word for what the module exports, as with
 * any `require`; requiring here keeps the one lint exception for it in this file.
 */
export function lazyRequire<T>(id: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return lazy(() => require(id) as T);
}

export type Yaml = typeof import('yaml');
export const yaml = lazyRequire<Yaml>('yaml');
