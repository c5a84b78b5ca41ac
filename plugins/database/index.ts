import type { Hexo } from '../hexo';
import { replaceDatabaseLoad } from '../hexo/database';
import { readDatabase } from './load';

/** db.json read with JSON.parse instead of warehouse's streaming parser (see load.ts). */
export default function register(hexo: Hexo): void {
  replaceDatabaseLoad(hexo, readDatabase);
}
