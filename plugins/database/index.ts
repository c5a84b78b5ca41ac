import type { Hexo } from '../hexo';
import { exportWithoutDeepCopies, replaceDatabaseLoad } from '../hexo/database';
import { indexPostsBySource } from '../hexo/post-lookup';
import { readDatabase } from './load';

export default function register(hexo: Hexo): void {
  // db.json read with JSON.parse instead of warehouse's streaming parser (see load.ts).
  replaceDatabaseLoad(hexo, readDatabase);
  // …and written without a deep copy of every record first (database.ts).
  exportWithoutDeepCopies(hexo);
  // A note looked up by its file without testing every other note (post-lookup.ts).
  indexPostsBySource(hexo);
}
