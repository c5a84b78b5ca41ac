// NoteFacts for the pure tests of the knowledge-base features.
import type { NoteFacts } from '../../plugins/shared/note-facts';

export function facts(key: string, over: Partial<NoteFacts> = {}): NoteFacts {
  return { key, title: key, path: `${key}/`, source: `_posts/${key}.md`, time: 0, tags: [], categories: [], series: null, order: undefined, ...over };
}

export const tag = (name: string): { name: string; path: string } => ({ name, path: `tags/${name}/` });
