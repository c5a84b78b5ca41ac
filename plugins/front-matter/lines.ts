// Where in a note's file a front-matter problem is, so that messages give file lines.
import { yaml } from '../shared/lazy';

/** Where front matter failed to parse: the file line of the YAML error, when YAML finds one. */
export function frontMatterErrorLine(raw: string): { line: number; message: string } | null {
  const match = /^(?:---\s*\r?\n)([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(raw);
  if (!match) return null;
  const doc = yaml().parseDocument(match[1] ?? '');
  const error = doc.errors[0];
  if (!error) return null;
  const line = (error.linePos?.[0].line ?? 1) + 1;
  // The message's own position counts lines of the YAML block, not of the file.
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return { line, message };
}

/** The file line of `key:` at the top level of the note's front matter, or null. */
export function frontMatterKeyLine(raw: unknown, key: string): number | null {
  if (typeof raw !== 'string') return null;
  const lines = raw.split('\n').map((line) => line.trimEnd());
  // Hexo also reads front matter without the opening `---`.
  const first = lines[0] === '---' ? 1 : 0;
  const end = lines.indexOf('---', first);
  if (end === -1) return null;
  const pattern = new RegExp(`^${key.replace(/\W/g, '\\$&')}\\s*:`);
  const at = lines.slice(first, end).findIndex((line) => pattern.test(line));
  return at === -1 ? null : first + at + 1;
}
