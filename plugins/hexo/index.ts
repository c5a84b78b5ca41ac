// Hexo's internals behind one door: the Hexo types the plugins use, derived in
// one place, and (in the files beside this one) every contact with Hexo's or
// warehouse's undocumented parts, each with a test that names the version when
// it changes (test/plugins/hexo/). Feature code calls these, never the internals.
import type HexoClass from 'hexo';
import type { PostFields } from '../fields';

export { storedRecords, type StoredRecord } from './records';
export { onDatabaseLoaded } from './database';
export { generatorResult } from './generator-result';

export type Hexo = HexoClass;
export type FilterType = Parameters<HexoClass['extend']['filter']['register']>[0];
export type Generator = Parameters<HexoClass['extend']['generator']['register']>[1];
export type GeneratorReturn = { path: string; data: unknown; layout?: string | string[] };
export type HelperFn = Parameters<HexoClass['extend']['helper']['register']>[1];
export type Logger = HexoClass['log'];

/** The subset of a post (or page) document that plugins read, with every field they store on it. */
export interface PostData extends PostFields {
  source: string;
  full_source?: string;
  title?: unknown;
  content: string;
  raw?: string;
  layout?: string;
  [key: string]: unknown;
}

/** The site's posts and pages as generators receive them (Hexo's own SiteLocals). */
export type SiteLocals = Parameters<Parameters<HexoClass['extend']['generator']['register']>[1]>[0];
