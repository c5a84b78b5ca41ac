// Decides whether a fenced block is a named file and what kind of file it is:
// from its info string, from the paragraph right before it, and from its content
// (a YAML mapping with a `services` mapping is a compose file).
import type { Document } from 'yaml';
import type { Fence } from '../../shared/fences';
import { yaml } from '../../shared/lazy';
import { Memo } from '../../shared/memo';

export type FileKind = 'compose' | 'env' | 'file';

/** Extensions of files people put in notes as whole files (so `torch.cuda` is not one). */
const EXTENSIONS = new Set(
  (
    'yaml yml env json jsonc json5 toml ini conf cfg properties txt sh bash zsh fish ps1 bat cmd py js mjs cjs ts ' +
    'tsx jsx go rs java kt rb php lua sql xml html htm css scss md csv tsv service socket timer nginx tf hcl ' +
    'gradle kts lock dockerfile example sample template tpl j2 jinja pem crt cnf rules repo list mod sum'
  ).split(' '),
);
/** Files without an extension that are still recognisable by name. */
const BARE_NAMES = new Set(['Dockerfile', 'Containerfile', 'Makefile', 'Caddyfile', 'Procfile', 'Vagrantfile', 'Jenkinsfile', 'Gemfile', 'Brewfile', 'Modelfile']);
const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'console', 'shellsession', 'zsh', 'fish', 'powershell', 'ps1', 'cmd', 'bat']);
const SHELL_EXTENSIONS = new Set(['sh', 'bash', 'zsh', 'fish', 'ps1', 'bat', 'cmd']);
const YAML_LANGS = new Set(['yaml', 'yml']);
const ENV_LANGS = new Set(['env', 'dotenv']);
export const DEFAULT_NAMES: Record<Exclude<FileKind, 'file'>, string> = { compose: 'docker-compose.yaml', env: '.env' };

/** Whether the text names a file: `docker-compose.yaml`, `.env`, `config/app.yml`, `Dockerfile`. */
export function looksLikeFileName(text: string): boolean {
  if (!/^(?:[\w@+~-][\w.@+~-]*\/)*\.?[\w@+-][\w.@+-]*$/.test(text)) return false;
  const base = text.slice(text.lastIndexOf('/') + 1);
  if (BARE_NAMES.has(base)) return true;
  if (base.startsWith('.') && /[a-z]/i.test(base)) return true;
  const dot = base.lastIndexOf('.');
  return dot > 0 && EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

function extension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isEnvName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base.startsWith('.env') || base.endsWith('.env');
}

export interface InfoString {
  lang: string;
  /** From `title="…"` / `filename=…`, `lang:name` or a second word that names a file. */
  name: string | null;
}

export function parseInfo(info: string): InfoString {
  const first = /^\S+/.exec(info)?.[0] ?? '';
  // ```java:Hello.java (Zenn, Qiita): the language, then the file's name.
  const colon = /^([^:=\s]+):(\S+)$/.exec(first);
  if (colon) return { lang: (colon[1] ?? '').toLowerCase(), name: looksLikeFileName(colon[2] ?? '') ? (colon[2] ?? null) : null };
  // ``` title="x.yml" has no language.
  const lang = first.includes('=') ? '' : first.toLowerCase();
  const rest = info.slice(lang.length);
  const titled = /(?:^|\s)(?:title|filename|file)=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(rest);
  if (titled) {
    const name = (titled[1] ?? titled[2] ?? titled[3] ?? '').trim();
    return { lang, name: name || null };
  }
  const words = rest.trim().split(/\s+/);
  const second = words.length === 1 ? words[0] : undefined;
  return { lang, name: second && looksLikeFileName(second) ? second : null };
}

/** Strips the blockquote markers and list marker a Markdown line starts with. */
function lineText(line: string): string {
  return line.replace(/^(?:[^\S\r\n]*>)*[^\S\r\n]*/, '').replace(/^(?:[-*+]|\d+\.)\s+/, '');
}

/**
 * The file named at the end of the paragraph right before `index`: its last inline
 * code span names a file and at most a few words (ending in a colon) follow it.
 */
export function nameFromParagraph(markdown: string, index: number): string | null {
  // Only the paragraph's end matters: a bounded window keeps notes with many blocks linear.
  const lines = markdown.slice(Math.max(0, index - 2000), index).split('\n');
  lines.pop();
  let i = lines.length - 1;
  while (i >= 0 && lineText(lines[i] ?? '').trim() === '') i--;
  const paragraph: string[] = [];
  for (; i >= 0; i--) {
    const text = lineText(lines[i] ?? '').trim();
    if (text === '' || /^(?:#{1,6}\s|```|~~~|\||<)/.test(text)) break;
    paragraph.unshift(text);
  }
  if (paragraph.length === 0) return null;
  const joined = paragraph.join(' ');
  const m = /`([^`\n]+)`([^`]*)$/.exec(joined);
  if (!m) return null;
  const name = (m[1] ?? '').trim();
  const tail = (m[2] ?? '').trim();
  if (!looksLikeFileName(name)) return null;
  if (tail !== '' && !/^[^。.!?！？;；`]{0,24}[:：]?$/u.test(tail)) return null;
  return name;
}

export interface Recognised {
  kind: FileKind;
  /** As written, or the kind's default name. */
  name: string;
  /** Grammar to highlight with. */
  lang: string;
  /** For YAML blocks: the parsed document (errors included). */
  yaml: Document | null;
}

/**
 * Parsed blocks by their text: the same file recurs across notes. Callers only
 * read the document (errors, toJS), so one parse can serve them all.
 */
const parsed = new Memo<Document>(2_000);

function parseYaml(text: string): Document {
  return parsed.get(text, () => yaml().parseDocument(text, { merge: true, prettyErrors: true }));
}

/** A parsed document whose root is a mapping with a `services` mapping. */
export function isCompose(doc: Document): boolean {
  const { isMap } = yaml();
  return doc.errors.length === 0 && isMap(doc.contents) && isMap(doc.contents.get('services', true));
}

/** The block's text as a file: each line ending in a newline, as the file would be saved. */
export function fileText(fence: Fence): string {
  return fence.body === '' ? '' : `${fence.body}\n`;
}

/** What the block is, or null when it is ordinary code. */
export function recognise(markdown: string, fence: Fence, text: string): Recognised | null {
  // Only a block Hexo's filter would highlight is ours to replace; marked renders the others as plain code.
  if (!fence.highlighted) return null;
  const info = parseInfo(fence.info);
  if (info.lang === 'mermaid') return null;
  let name = info.name ?? nameFromParagraph(markdown, fence.start);
  if (name && SHELL_LANGS.has(info.lang) && !SHELL_EXTENSIONS.has(extension(name)) && !isEnvName(name)) {
    // "Run it with `docker-compose.yaml`:" followed by a shell session is a command, not the file.
    name = null;
  }
  if (ENV_LANGS.has(info.lang) || (name && isEnvName(name))) {
    return { kind: 'env', name: name ?? DEFAULT_NAMES.env, lang: 'env', yaml: null };
  }
  const yamlish = YAML_LANGS.has(info.lang) || (!info.lang && name !== null && YAML_LANGS.has(extension(name)));
  // An unnamed block is only a file if it is compose: skip parsing when no `services` key is written.
  const worthParsing = yamlish && (name !== null || /(?:^|[{,\s])["']?services["']?\s*:/m.test(text));
  const doc = worthParsing ? parseYaml(text) : null;
  if (doc && isCompose(doc)) return { kind: 'compose', name: name ?? DEFAULT_NAMES.compose, lang: 'yaml', yaml: doc };
  if (!name && doc && doc.errors.length > 0 && /^services\s*:/m.test(text)) {
    // A compose file with a mistake: shown as the file it means to be, and reported.
    return { kind: 'file', name: DEFAULT_NAMES.compose, lang: 'yaml', yaml: doc };
  }
  if (!name) return null;
  return { kind: 'file', name, lang: info.lang || (yamlish ? 'yaml' : extension(name)), yaml: doc };
}
