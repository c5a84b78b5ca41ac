// The site's notes as this feature reads and writes them in Hexo's database:
// the card URLs for `hexo linkcards`, and the cached notes whose cards went stale.
import { storedRecords, type Hexo, type PostData } from '../hexo';
import type { CardEnvironment } from './note-cards';
import { staleNotes } from './stale';

/** The documents Hexo renders (posts and pages); the fields this feature stores are in plugins/fields.ts. */
interface RenderedDoc extends PostData {
  save(): Promise<unknown>;
}

const RENDERED = ['Post', 'Page'];

export function renderedDocs(hexo: Hexo): RenderedDoc[] {
  return RENDERED.flatMap((name) => hexo.model(name).toArray() as unknown as RenderedDoc[]);
}

/**
 * Cached notes whose cards are stale lose their content, so that the render_post
 * filter (renders notes without content) renders them again.
 */
export async function clearStaleNotes(hexo: Hexo, environment: CardEnvironment): Promise<void> {
  for (const name of RENDERED) {
    for (const record of staleNotes(storedRecords(hexo, name), environment)) {
      const doc = hexo.model(name).findById(record._id) as unknown as RenderedDoc;
      (doc as { content?: string }).content = undefined;
      await doc.save();
    }
  }
}
