// Reads a built site's sharded search index back: the entry, every file it
// names, and the notes of its fragment files in id order.
import type { Entry } from '../../themes/notes/browser/search/grams';
import { fragmentFile } from '../../themes/notes/browser/search/grams';
import type { Site } from './site';

export interface BuiltNote {
  title: string;
  url: string;
  tags: string[];
  date: string;
  sections: string[][];
}

export function readEntry(site: Pick<Site, 'read'>, entryPath = 'search.json'): Entry {
  return JSON.parse(site.read(entryPath)) as Entry;
}

export function readNotes(site: Pick<Site, 'read'>, entryPath = 'search.json'): BuiltNote[] {
  const entry = readEntry(site, entryPath);
  return entry.fs.flatMap((_, g) => JSON.parse(site.read(fragmentFile(entry, g))) as BuiltNote[]);
}
