// A YAML store in source/_data/ that a command fills (`hexo linkcards`, `hexo images`):
// read as a document so that hand edits and comments survive, written atomically.
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { yaml } from './lazy';

/** The store's document (empty when there is no file), or why it cannot be used: the command then leaves it alone. */
export function readStoreDocument(file: string): { doc: Document; error?: string } {
  if (!fs.existsSync(file)) return { doc: new (yaml().Document)({}) };
  const doc = yaml().parseDocument(fs.readFileSync(file, 'utf8'));
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line;
    return { doc, error: `${line ? `line ${line}: ` : ''}${first.message.split('\n')[0] ?? ''}` };
  }
  if (doc.contents === null) return { doc: new (yaml().Document)({}) };
  if (!yaml().isMap(doc.contents)) return { doc, error: 'must be a mapping of URLs to entries' };
  return { doc };
}

/** Writes the document through a temporary file, so a failure never leaves half a store; the error message, or null. */
export function writeStoreDocument(file: string, doc: Document): string | null {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, doc.toString({ lineWidth: 0 }));
    fs.renameSync(temp, file);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
