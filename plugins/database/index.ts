import fs from 'node:fs';
import type { Hexo } from '../hexo';
import { fitsInOneString, parseDatabase } from './load';

/** The parts of warehouse's Database that its load() uses. */
interface Warehouse {
  options: { path?: string; version: number; onUpgrade(from: number, to: number): unknown; onDowngrade(from: number, to: number): unknown };
  model(name: string): { _import(records: unknown[]): unknown };
  load(callback?: unknown): PromiseLike<unknown>;
}

export default function register(hexo: Hexo): void {
  const db = hexo.database as unknown as Warehouse;
  const streaming = db.load.bind(db);
  // warehouse's own load(), with JSON.parse in place of its streaming parser
  // (see load.ts); Hexo still deletes a db.json that fails to load and rebuilds.
  db.load = async function loadDatabase(): Promise<unknown> {
    const { options } = db;
    if (!options.path) throw new Error('options.path is required');
    // A file too large for one string is left to the streaming parser.
    if (!fitsInOneString((await fs.promises.stat(options.path)).size)) return streaming();
    const stored = parseDatabase(await fs.promises.readFile(options.path, 'utf8'));
    for (const [name, records] of stored.models) db.model(name)._import(records);
    if (options.version > stored.version) return options.onUpgrade(stored.version, options.version);
    if (options.version < stored.version) return options.onDowngrade(stored.version, options.version);
    return undefined;
  };
}
