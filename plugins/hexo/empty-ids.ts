// Hexo's Post model rejects `id:` (null) and drops the note; this keeps it as ''
// so that the build can report it (plugins/front-matter), through a schema
// path of our own (schema.ts).
import type { Hexo } from './index';
import { replaceSchemaPath } from './schema';

export function acceptEmptyIds(hexo: Hexo): void {
  replaceSchemaPath(hexo, ['Post'], 'id', { cast: (value, _data, base) => (value === null ? '' : base(value)) });
}
