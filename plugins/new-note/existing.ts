// The ids already in use, read from the notes' front matter without loading the
// whole site (`hexo new` must stay fast on a thousand notes).
import fs from 'node:fs';
import path from 'node:path';
import { yaml } from '../shared/lazy';

/** Hexo's front-matter forms: `---\n…\n---` (or `;;;` JSON) and the form without the opening line. */
const FRONT_MATTER = /^(?:(-{3,}|;{3,})[^\S\n]*\r?\n)?([\s\S]*?)\r?\n(?:-{3,}|;{3,})[^\S\n]*(?:\r?\n|$)/;

/** The `id` in a note's front matter, or null when it has none (or it cannot be read). */
export function frontMatterId(text: string): string | null {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return null;
  const body = match[2] ?? '';
  try {
    const data: unknown = match[1]?.startsWith(';') ? JSON.parse(`{${body}}`) : yaml().parse(body, { uniqueKeys: false });
    if (typeof data !== 'object' || data === null) return null;
    const id = (data as Record<string, unknown>).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    // Bad front matter is reported by the build; here it just claims no id.
    return null;
  }
}

function* markdownFiles(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (/\.(md|markdown|mkd|mkdn|mdwn|mdtxt|mdtext)$/i.test(entry.name)) yield full;
  }
}

/** Every id used by a note in `dirs`, lowercased, with the first file that uses it. */
export function existingIds(dirs: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of markdownFiles(dir)) {
      const id = frontMatterId(fs.readFileSync(file, 'utf8'));
      if (id && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), file);
    }
  }
  return ids;
}
