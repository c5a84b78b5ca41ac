import type { Hexo } from '../hexo';
import { noteByKey } from '../shared/notes-index';

interface CategoryDoc {
  name: string;
  path: string;
  parent?: string;
  length: number;
}

/**
 * Categories (Hexo's `categories:` front matter). hexo-generator-category writes
 * each category's paginated list; this adds the index page and the note's own
 * category chain.
 */
export default function register(hexo: Hexo): void {
  hexo.extend.generator.register('category-index', (locals) => {
    const dir = String(hexo.config.category_dir || 'categories').replace(/^\/+|\/+$/g, '');
    const categories = (locals.categories as unknown as { toArray(): CategoryDoc[] }).toArray();
    const list = categories
      .filter((c) => c.length > 0)
      .map((c) => ({ name: c.name, path: c.path, count: c.length, nested: Boolean(c.parent) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { path: `${dir}/`, layout: ['category-index', 'archive', 'index'], data: { title: '', category_list: list } };
  });

  hexo.extend.helper.register('note_categories', (page: { _id?: string }) => noteByKey(hexo, page._id)?.categories ?? []);
}
