import fs from 'node:fs';
import path from 'node:path';
import type { Hexo } from '../hexo';

/** Top-level names of the published site that a note's /<id>/ must not shadow. */
export function reservedNames(hexo: Hexo): Map<string, string> {
  const names = new Map<string, string>();
  const config = hexo.config as unknown as Record<string, unknown>;
  for (const key of ['tag_dir', 'archive_dir', 'category_dir', 'pagination_dir']) {
    const value = config[key];
    if (typeof value === 'string' && value) names.set(value.split('/')[0]!.toLowerCase(), `${key} in _config.yml`);
  }
  for (const dir of [hexo.source_dir, path.join(hexo.theme_dir, 'source')]) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      names.set(name.replace(/\.[^.]+$/, '').toLowerCase(), path.join(dir, name));
    }
  }
  names.set('js', 'the theme\'s scripts');
  return names;
}
