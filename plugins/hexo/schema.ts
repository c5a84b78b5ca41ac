// A field of Hexo's Post or Page model given our own warehouse schema type: how
// db.json stores it and how documents read it back.
import type { Hexo } from './index';
import { internalChanged } from './version';

type Data = Record<string, unknown>;

/** A replaced field: hooks left out behave as warehouse's plain SchemaType. */
export interface FieldType {
  /** The value documents read (from db.json or as set); `base` is warehouse's own cast. */
  cast?(value: unknown, data: Data, base: (value: unknown) => unknown): unknown;
  /** The value db.json stores. */
  value?(value: unknown, data: Data): unknown;
}

/** The schema-type base class warehouse exposes on the database (not in Hexo's types' public surface for models). */
function schemaTypeBase(hexo: Hexo): Hexo['database']['SchemaType'] {
  const Base = (hexo.database as { SchemaType?: unknown }).SchemaType;
  if (typeof Base !== 'function') throw internalChanged('warehouse', 'Database#SchemaType is not a class');
  return hexo.database.SchemaType;
}

export function replaceSchemaPath(hexo: Hexo, models: readonly string[], name: string, type: FieldType): void {
  const Base = schemaTypeBase(hexo);
  class Field extends Base<unknown> {
    override cast(value: unknown, data: Data): unknown {
      return type.cast ? type.cast(value, data, (v) => super.cast(v, data)) : super.cast(value, data);
    }
    override value(value: unknown, data: Data): unknown {
      return type.value ? type.value(value, data) : super.value(value, data);
    }
  }
  for (const model of models) {
    const schema = (hexo.model(model) as { schema?: { path?: unknown } }).schema;
    if (typeof schema?.path !== 'function') throw internalChanged('warehouse', `Model#schema.path (of ${model}) is not a function`);
    hexo.model(model).schema.path(name, new Field(name));
  }
}
