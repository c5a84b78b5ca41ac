// A YAML store in source/_data/ that a command fills (`hexo linkcards`, `hexo images`):
// read as a document so that hand edits and comments survive, written atomically.
import fs from 'node:fs';
import path from 'node:path';
import type { Document, YAMLMap } from 'yaml';
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

/** A command's store, opened: its file, its name in messages, its document and the keys already in it. */
export interface OpenStore {
  file: string;
  /** The file relative to the site, as messages name it. */
  shown: string;
  doc: Document;
  /** Each entry's key (normalised by `keyOf`) → the YAML key node it is written under. */
  existing: Map<string, unknown>;
}

/** The entries' keys, normalised by `keyOf` (entries it refuses are left out), with their YAML key nodes. */
export function storeKeys(doc: Document, keyOf: (raw: string) => string | null): Map<string, unknown> {
  const existing = new Map<string, unknown>();
  for (const pair of (doc.contents as YAMLMap).items) {
    const key = keyOf(yaml().isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    if (key) existing.set(key, pair.key);
  }
  return existing;
}

/** Opens the store at `rel` under `sourceDir`; null when it cannot be read (then the error is logged and the store left alone). */
export function openStore(sourceDir: string, rel: string, keyOf: (raw: string) => string | null, log: { error(message: string): void }): OpenStore | null {
  const file = path.join(sourceDir, ...rel.split('/'));
  const shown = path.relative(path.dirname(sourceDir), file);
  const { doc, error } = readStoreDocument(file);
  if (error) {
    log.error(`${shown}: ${error}. Fix it and run again; the store was not changed.`);
    return null;
  }
  return { file, shown, doc, existing: storeKeys(doc, keyOf) };
}

/** Which URLs to fetch and which to keep: each once, as its key; every one with --refresh, else those not in the store yet. */
export function planFetches(
  urls: readonly string[],
  keyOf: (url: string) => string | null,
  inStore: (key: string) => boolean,
  refresh: boolean,
): { keys: string[]; todo: string[]; kept: string[] } {
  const keys = [...new Set(urls.map(keyOf).filter((k): k is string => k !== null))];
  const todo = refresh ? keys : keys.filter((key) => !inStore(key));
  return { keys, todo, kept: keys.filter((key) => !todo.includes(key)) };
}
