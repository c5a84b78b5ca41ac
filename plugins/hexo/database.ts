// warehouse's Database#load, replaced: its records imported from what the site
// reads itself (plugins/database), its versions compared as warehouse does.
import type { Hexo } from './index';
import { internalChanged } from './version';

/** db.json's content: the version it was written with and each model's records. */
export interface DatabaseContent {
  version: number;
  models: ReadonlyArray<readonly [name: string, records: unknown[]]>;
}

/** The parts of warehouse's Database that its load() uses. */
interface Warehouse {
  options: { path?: string; version: number; onUpgrade(from: number, to: number): unknown; onDowngrade(from: number, to: number): unknown };
  model(name: string): { _import?(records: unknown[]): unknown };
  load(callback?: unknown): PromiseLike<unknown>;
}

function warehouseOf(hexo: Hexo): Warehouse {
  const db = hexo.database as unknown as Partial<Warehouse>;
  if (typeof db.load !== 'function') throw internalChanged('warehouse', 'Database#load is not a function');
  if (typeof db.options !== 'object' || typeof db.options.version !== 'number') throw internalChanged('warehouse', 'Database#options.version is not a number');
  return db as Warehouse;
}

function importRecords(db: Warehouse, name: string, records: unknown[]): void {
  const model = db.model(name);
  if (typeof model._import !== 'function') throw internalChanged('warehouse', 'Model#_import is not a function');
  model._import(records);
}

/** Emitted on Hexo once db.json's records are in the models, before the sources are read (see onDatabaseLoaded). */
const LOADED = 'notes:database-loaded';

/**
 * Loads db.json with `read` in place of warehouse's own parser; `read` returns
 * null to leave the file to it. A file that fails to load still rejects, so
 * Hexo deletes it and builds from the sources, as with warehouse's loader.
 */
export function replaceDatabaseLoad(hexo: Hexo, read: (file: string) => Promise<DatabaseContent | null>): void {
  const db = warehouseOf(hexo);
  const streaming = db.load.bind(db);
  const load = async (): Promise<unknown> => {
    const { options } = db;
    if (!options.path) throw new Error('options.path is required');
    const stored = await read(options.path);
    if (!stored) return streaming();
    for (const [name, records] of stored.models) importRecords(db, name, records);
    if (options.version > stored.version) return options.onUpgrade(stored.version, options.version);
    if (options.version < stored.version) return options.onDowngrade(stored.version, options.version);
    return undefined;
  };
  db.load = async function loadDatabase(): Promise<unknown> {
    const result = await load();
    hexo.emit(LOADED);
    return result;
  };
}

/**
 * Calls `then` once the records of the last build are loaded (only when there
 * is a db.json and replaceDatabaseLoad read it), while Hexo reads the sources.
 */
export function onDatabaseLoaded(hexo: Hexo, then: () => void): void {
  hexo.once(LOADED, then);
}

/** The parts of a warehouse Model that its toJSON() (db.json's writer) uses. */
interface ExportedModel {
  length: number;
  data: Record<string, object | null>;
  dataKeys: string[];
  schema: { paths: Record<string, unknown>; _exportDatabase(record: object): object };
  toJSON(): unknown[];
}

/**
 * db.json is written through each model's toJSON(), which deep-copies every
 * record before the schema's export steps turn it into JSON values (a moment
 * into its ISO string): every note's nested fields and both its moments, at
 * every save. The export steps replace top-level fields only, so a shallow
 * copy keeps the records intact; a model whose schema has a nested path keeps
 * warehouse's own toJSON.
 */
export function exportWithoutDeepCopies(hexo: Hexo): void {
  const models = (hexo.database as unknown as { _models?: Record<string, ExportedModel> })._models;
  if (typeof models !== 'object' || models === null) throw internalChanged('warehouse', 'Database#_models (the models by name) is not an object');
  for (const model of Object.values(models)) {
    if (typeof model.schema?._exportDatabase !== 'function' || typeof model.toJSON !== 'function') throw internalChanged('warehouse', 'Model#schema._exportDatabase or Model#toJSON is not a function');
    if (Object.keys(model.schema.paths).some((name) => name.includes('.'))) continue;
    model.toJSON = function (this: ExportedModel): unknown[] {
      const result = new Array<unknown>(this.length);
      const { data, schema } = this;
      let n = 0;
      for (const key of this.dataKeys) {
        const record = data[key];
        if (record) result[n++] = schema._exportDatabase({ ...record });
      }
      return result;
    };
  }
}
