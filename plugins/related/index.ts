import type { Hexo } from '../hexo';
import { fromNotes } from '../shared/notes-index';
import { relatedNotes } from './related';

export default function register(hexo: Hexo): void {
  // Computed for every note on the first page that asks, once per generation.
  hexo.extend.helper.register('related_notes', (page: { _id?: string }) =>
    page._id ? (fromNotes(hexo, 'related', (notes) => relatedNotes(notes)).get(page._id) ?? []) : [],
  );
}
