// A note cached in db.json keeps the image markup it was rendered with: which
// cached notes must be rendered again because the store, a local image or the
// settings changed.
import { imagesSignature, type ImageEnvironment } from './note-images';

export interface CachedNote {
  content?: unknown;
  image_deps?: unknown;
  images_sig?: unknown;
  [key: string]: unknown;
}

/** Rendered notes whose saved signature differs from the one they would get now (or that have none yet). */
export function staleNotes<T extends CachedNote>(docs: readonly T[], env: ImageEnvironment, state: (dep: string) => string): T[] {
  return docs.filter((doc) => {
    if (doc.content == null) return false;
    if (!Array.isArray(doc.image_deps) || typeof doc.images_sig !== 'string') return true;
    return doc.images_sig !== imagesSignature(doc.image_deps as string[], env, state);
  });
}

/** How many distinct remote images the notes use that the store has no copy of. */
export function unstoredCount(docs: readonly Readonly<Record<string, unknown>>[], has: (url: string) => boolean): number {
  const urls = new Set<string>();
  for (const doc of docs) {
    if (!Array.isArray(doc.image_urls)) continue;
    for (const url of doc.image_urls as unknown[]) if (typeof url === 'string' && !has(url)) urls.add(url);
  }
  return urls.size;
}
