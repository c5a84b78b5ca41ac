// Hexo's Post model rejects `id:` (null) and drops the note; this keeps it as ''
// so that the build can report it (plugins/front-matter). Relies on warehouse's
// `hexo.database.SchemaType` (a class whose `cast` turns a stored value into a
// field's value) and on `schema.path(name, type)` replacing a field's type.
import type { Hexo } from '../hexo';

export function acceptEmptyIds(hexo: Hexo): void {
  const Base = hexo.database.SchemaType;
  class EmptyIsString extends Base<unknown> {
    override cast(value: unknown, data: unknown): unknown {
      return value === null ? '' : super.cast(value, data);
    }
  }
  hexo.model('Post').schema.path('id', new EmptyIsString('id'));
}
