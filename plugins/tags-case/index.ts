import { storedRecords, type Hexo } from '../hexo';
import { replacePostTags } from '../hexo/post-tags';
import { BEFORE_GENERATE } from '../pipeline';
import { caseVariants, caseWarning, mergedTags, renames } from './variants';

const names = (value: unknown): string[] | null => (Array.isArray(value) ? value.map(String) : null);

/**
 * The tags each note was written with: `tags_written` once this feature merged
 * them, else the front-matter list stable-order records (`tag_order`).
 */
function writtenTags(record: Readonly<Record<string, unknown>>): string[] {
  return names(record.tags_written) ?? names(record.tag_order) ?? [];
}

async function checkCase(hexo: Hexo): Promise<void> {
  const setting = (hexo.config as unknown as { tags_case?: unknown }).tags_case;
  if (setting !== undefined && setting !== null && setting !== 'merge' && setting !== 'warn') {
    hexo.log.warn(`_config.yml: tags_case ${JSON.stringify(setting)} is not "merge" or "warn"; tags that differ only in case are only warned about`);
  }
  const merging = setting === 'merge';
  const records = storedRecords(hexo, 'Post').filter((r) => r.published !== false);
  const groups = caseVariants(records.map(writtenTags));
  for (const group of groups) hexo.log.warn(caseWarning(group, merging));

  const rename = merging ? renames(groups) : new Map<string, string>();
  let changed = false;
  for (const record of records) {
    const written = writtenTags(record);
    const target = mergedTags(written, rename);
    if (JSON.stringify(target) === JSON.stringify(names(record.tag_order) ?? [])) continue;
    // Merged: keep what was written, to count it next time and to restore it when merging stops.
    await replacePostTags(hexo, record._id, target, { tags_written: rename.size ? written : null });
    changed = true;
  }
  if (changed) hexo.locals.invalidate();
}

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register('before_generate', () => checkCase(hexo), BEFORE_GENERATE.TAGS_CASE);
}
