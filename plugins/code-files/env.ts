// The entries of an env file as dotenv reads them (its `parse`: `export KEY=`,
// quotes, inline comments, multi-line quoted values), each with the comment
// lines written right above it and its line in the block.
import { lazyRequire } from '../shared/lazy';
import { Memo } from '../shared/memo';

/** dotenv is loaded with the first env block: other commands and notes never pay for it. */
const dotenv = lazyRequire<typeof import('dotenv')>('dotenv');

function parse(text: string): Record<string, string> {
  return dotenv().parse(text);
}

/** Parsed env blocks by their text (the same file recurs across notes); callers only read them. */
const entriesCache = new Memo<readonly EnvEntry[]>(2_000);
const valuesCache = new Memo<Readonly<Record<string, string>>>(2_000);

export interface EnvEntry {
  key: string;
  /** The value dotenv gives (quotes removed, nothing expanded). */
  value: string;
  /** Comment lines directly above, without their `#`. */
  comments: string[];
  /** 1-based line in the block. */
  line: number;
}

export function parseEnv(text: string): readonly EnvEntry[] {
  return entriesCache.get(text, () => parseEntries(text));
}

function parseEntries(text: string): EnvEntry[] {
  const all = parse(text);
  const lines = text.split(/\r?\n/);
  const entries: EnvEntry[] = [];
  let comments: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') {
      comments = [];
      continue;
    }
    if (trimmed.startsWith('#')) {
      comments.push(trimmed.replace(/^#+\s?/, ''));
      continue;
    }
    // dotenv on the line alone says which key it assigns; the whole-file parse
    // has the value (it differs when a quoted value runs over several lines).
    const own = parse(line);
    const key = Object.keys(own)[0];
    const value = key === undefined ? undefined : all[key];
    if (key !== undefined && value !== undefined) {
      const multiline = own[key] !== value && value.includes('\n');
      entries.push({ key, value: multiline ? value : (own[key] ?? value), comments, line: i + 1 });
      if (multiline) i += value.split('\n').length - 1;
    }
    comments = [];
  }
  return entries;
}

/** Keys the file defines, with the value that wins (dotenv keeps the last). */
export function envValues(text: string): Readonly<Record<string, string>> {
  return valuesCache.get(text, () => parse(text));
}
