// The one place where Hexo's types are derived; plugins import from here.
import type HexoClass from 'hexo';

export type Hexo = HexoClass;
export type FilterType = Parameters<HexoClass['extend']['filter']['register']>[0];
export type Generator = Parameters<HexoClass['extend']['generator']['register']>[1];
export type GeneratorReturn = { path: string; data: unknown; layout?: string | string[] };
export type HelperFn = Parameters<HexoClass['extend']['helper']['register']>[1];
export type Logger = HexoClass['log'];

/** The subset of a post (or page) document that plugins read. */
export interface PostData {
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

/** A record as the database holds it: the fields of a document, without its getters, virtuals or methods. */
export type StoredRecord = Readonly<Record<string, unknown>> & { readonly _id: string };

/**
 * The records of a model (e.g. `Post`), in the order `toArray()` gives, without
 * the deep copy and document wrapping `toArray()` makes of every record: on a
 * 1,000-note site that copy of each note's rendered content is most of what a
 * check over all notes costs at every regeneration of `hexo server`. Read only:
 * to change a record, fetch it with `findById(record._id)` and save that.
 */
export function storedRecords(hexo: Hexo, model: string): StoredRecord[] {
  // warehouse keeps the records in `data`, deleted ones as null.
  const data = (hexo.model(model) as unknown as { data: Record<string, StoredRecord | null> }).data;
  return Object.values(data).filter((record): record is StoredRecord => record != null);
}
