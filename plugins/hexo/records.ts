// warehouse's record store, read without the copies `toArray()` makes.
import type { Hexo } from './index';
import { internalChanged } from './version';

/** A record as the database holds it: the fields of a document, without its getters, virtuals or methods. */
export type StoredRecord = Readonly<Record<string, unknown>> & { readonly _id: string };

/** warehouse keeps a model's records in `data` by id, deleted ones as null. */
function recordsOf(hexo: Hexo, model: string): Record<string, StoredRecord | null> {
  const data = (hexo.model(model) as unknown as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) throw internalChanged('warehouse', `Model#data (the ${model} records by id) is not an object`);
  return data as Record<string, StoredRecord | null>;
}

/**
 * The records of a model (e.g. `Post`), in the order `toArray()` gives, without
 * the deep copy and document wrapping `toArray()` makes of every record: on a
 * 1,000-note site that copy of each note's rendered content is most of what a
 * check over all notes costs at every regeneration of `hexo server`. Read only:
 * to change a record, fetch it with `findById(record._id)` and save that.
 */
export function storedRecords(hexo: Hexo, model: string): StoredRecord[] {
  return Object.values(recordsOf(hexo, model)).filter((record): record is StoredRecord => record != null);
}

/** A document of `model` by id, as the fields the caller reads and writes (Hexo's types declare none of the plugins'). */
export function findDocument<Doc extends object>(hexo: Hexo, model: string, id: string): Doc {
  return hexo.model(model).findById(id) as unknown as Doc;
}

/**
 * Sets fields the plugins own (none of the model's schema paths) on a stored
 * record in place: `updateById` copies the whole record, applies every setter
 * and runs the save hooks, for each note of the site. The fields are saved with
 * the record in db.json.
 */
export function setStoredFields(hexo: Hexo, model: string, id: string, fields: Readonly<Record<string, unknown>>): void {
  const record = recordsOf(hexo, model)[id];
  if (!record) throw new Error(`${model} ${id}: no such record to set ${Object.keys(fields).join(', ')} on`);
  Object.assign(record as Record<string, unknown>, fields);
}
