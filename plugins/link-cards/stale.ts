// A note cached in db.json keeps the cards it was rendered with: which cached notes
// must be rendered again because the store, the switches or the site context changed.
import { noteSignature, type CardEnvironment } from './note-cards';

/** The fields of a rendered document (post or page) that decide whether its cards are stale. */
export interface CachedNote {
  /** Undefined until rendered (or when already marked for rendering). */
  content?: unknown;
  link_card_urls?: unknown;
  link_cards_sig?: unknown;
  [key: string]: unknown;
}

/**
 * The rendered notes whose saved signature differs from the one they would get
 * now. A note rendered before this feature saved its fields is stale too; a note
 * not rendered yet is not (it will be rendered anyway).
 */
export function staleNotes<T extends CachedNote>(docs: readonly T[], env: CardEnvironment): T[] {
  return docs.filter((doc) => {
    if (doc.content == null) return false;
    const urls = doc.link_card_urls;
    if (!Array.isArray(urls) || typeof doc.link_cards_sig !== 'string') return true;
    return doc.link_cards_sig !== noteSignature(doc, urls as string[], env);
  });
}
