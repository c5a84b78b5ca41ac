// One note's Markdown in, the same Markdown out with its file blocks replaced by
// their finished markup, plus the files to publish next to the note and the
// warnings to print. Pure: index.ts does the Hexo side.
import type { Document } from 'yaml';
import { findFences, type Fence } from '../../shared/fences';
import { protectHtml } from '../../shared/html';
import { Memo } from '../../shared/memo';
import { summariseComposeData, upCommand, type ComposeSummary } from './compose';
import { envValues, parseEnv, type EnvEntry } from './env';
import { markLines, runnableCode, writtenLine, type MarkedCode } from '../lines/notation';
import { parseInfoExtras, parseLineRanges } from '../lines/ranges';
import { fileText, parseInfo, recognise, type Recognised } from './recognise';
import { renderFileBlock, type BlockRef, type FileBlockView, type Translate } from './render';
import { looksLikeSecret } from './secrets';

/** A file published next to the note; saved on the post (db.json) for the generator. */
export interface CodeFile {
  /** Route path, e.g. `ai/docker-compose.yaml`. */
  path: string;
  text: string;
}

export interface NoteOptions {
  /** The note's folder in the site, e.g. `ai/` (see noteFolder). */
  folder: string;
  /** The site's `root` (`/`), for links. */
  root: string;
  /** File names already used in the folder (the note's own page). */
  reserved: string[];
  /** The note's file for messages, e.g. `source/_posts/ai.md`. */
  source: string;
  /** Lines above the Markdown body (front matter), so messages give file lines. */
  lineOffset: number;
  t: Translate;
}

export interface NoteResult {
  markdown: string;
  files: CodeFile[];
  warnings: string[];
}

/** Where a note's files go: `ai/` for `ai/` or `ai/index.html`, `2024/post/` for `2024/post.html`. */
export function noteFolder(routePath: string): string {
  if (routePath === '' || routePath.endsWith('/')) return routePath;
  const slash = routePath.lastIndexOf('/');
  const dir = routePath.slice(0, slash + 1);
  const base = routePath.slice(slash + 1);
  if (base === 'index.html') return dir;
  const dot = base.lastIndexOf('.');
  return `${dir}${dot > 0 ? base.slice(0, dot) : base}/`;
}

/** `docker-compose.yaml` → `docker-compose-2.yaml`, `.env` → `.env-2`. */
export function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/**
 * A safe single path segment for the published file. A leading dot becomes `dot`
 * (`.env` → `dot.env`): Jekyll-based hosts (GitHub Pages) and common nginx rules
 * refuse dotfiles, and the `download` attribute still names the saved file `.env`.
 */
function fileSegment(name: string, kind: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/[^\w.@+-]/g, '_').replace(/^\.+$/, '');
  if (!base) return kind === 'env' ? 'dot.env' : 'file.txt';
  return base.startsWith('.') ? `dot${base}` : base;
}

/** The name the reader's saved file gets. */
function downloadName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1) || name;
}

interface Block {
  fence: Fence;
  rec: Recognised;
  /** The file as the reader should use it: notation comments gone, removed lines left out. */
  text: string;
  /** The code as shown, with its marked lines. */
  shown: MarkedCode;
  /** The block's line (as written) of a line of `text`. */
  lineOf(lineInText: number): number;
  lineNumbers: boolean;
  id: string;
  name: string;
  env?: readonly EnvEntry[];
  compose?: ComposeSummary;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** `KEY: value` pairs and `KEY=value` list items anywhere in a YAML document. */
function assignments(value: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) {
    for (const item of value) {
      const m = typeof item === 'string' ? /^([\w.-]+)=(.*)$/s.exec(item) : null;
      if (m) out.push([m[1] ?? '', m[2] ?? '']);
      else assignments(item, out);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') out.push([key, v]);
      else assignments(v, out);
    }
  }
  return out;
}

/** What a parsed YAML block holds, worked out once per block text: its data and the keys that look like secrets. */
type YamlData = { value: unknown; secretKeys: string[] } | { error: string };

const yamlData = new Memo<YamlData>(2_000);

function readYaml(text: string, doc: Document): YamlData {
  return yamlData.get(text, () => {
    try {
      const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
      const secretKeys = assignments(value).flatMap(([key, v]) => (looksLikeSecret(key, v) ? [key] : []));
      return { value, secretKeys };
    } catch (error) {
      // yaml throws on alias bombs (too many alias expansions).
      return { error: error instanceof Error ? firstLine(error.message) : String(error) };
    }
  });
}

/** Where a block's line is in the note's file: `source/_posts/ai.md:12`. */
type Locate = (fence: Fence, lineInBlock?: number) => string;

/** Values defined by the note's env blocks, first definition wins. */
type Definitions = Map<string, { block: Block; value: string }>;

function locator(options: NoteOptions): Locate {
  // Line `k` of a block is `k` lines below its opening fence; errors "at the end" stay on its last line.
  return (fence, lineInBlock = 0) =>
    `${options.source}:${options.lineOffset + fence.line + Math.min(lineInBlock, fence.body.split('\n').length)}`;
}

/** The note's file blocks, numbered in order; `{2}`, `mark:2` and notation comments mark their lines. */
function findBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const found of findFences(markdown)) {
    const extras = parseInfoExtras(found.info);
    const fence = { ...found, info: extras.rest };
    const mark = /(?:^|\s)mark:(\S+)/.exec(found.rawInfo)?.[1] ?? '';
    const lang = parseInfo(fence.info).lang;
    const shown = markLines(fileText(fence), lang, new Set([...extras.marked, ...parseLineRanges(mark)]));
    const text = runnableCode(shown, lang);
    const rec = recognise(markdown, fence, text);
    const lineNumbers = extras.showLineNumbers || /(?:^|\s)line_number:true(?:\s|$)/.test(found.rawInfo);
    const lineOf = (n: number): number => writtenLine(shown, lang, n);
    if (rec) blocks.push({ fence, rec, text, shown, lineOf, lineNumbers, id: `code-file-${blocks.length + 1}`, name: rec.name });
  }
  return blocks;
}

/** Parses the env blocks: their entries, the values they define, a warning per real-looking secret. */
function readEnvBlocks(blocks: readonly Block[], at: Locate, warnings: string[]): Definitions {
  const defined: Definitions = new Map();
  for (const block of blocks) {
    if (block.rec.kind !== 'env') continue;
    block.env = parseEnv(block.text);
    for (const [key, value] of Object.entries(envValues(block.text))) if (!defined.has(key)) defined.set(key, { block, value });
    for (const entry of block.env) {
      if (looksLikeSecret(entry.key, entry.value)) warnings.push(`${at(block.fence, block.lineOf(entry.line))}: ${block.name}: ${entry.key} looks like a real secret; publish a placeholder instead`);
    }
  }
  return defined;
}

/** Reads the YAML blocks: compose summaries, secrets; a block whose YAML cannot be read is shown as plain code. */
function readYamlBlocks(blocks: readonly Block[], defined: Definitions, at: Locate, warnings: string[]): void {
  const lookup = (name: string): string | undefined => defined.get(name)?.value;
  for (const block of blocks) {
    const doc = block.rec.yaml;
    if (!doc) continue;
    const error = doc.errors[0];
    if (error) {
      // yaml's message ends with "at line N, column M:" in the block; the prefix gives the note's line instead.
      const message = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
      const line = error.linePos?.[0].line;
      warnings.push(`${at(block.fence, line === undefined ? 0 : block.lineOf(line))}: ${block.name}: YAML does not parse: ${message} (${error.code}); shown as plain code`);
      continue;
    }
    const data = readYaml(block.text, doc);
    if ('error' in data) {
      // Show the file, no summary.
      block.rec = { ...block.rec, kind: 'file' };
      warnings.push(`${at(block.fence)}: ${block.name}: ${data.error}; shown as plain code`);
      continue;
    }
    // The summary depends on this note's env values, so it is not cached.
    if (block.rec.kind === 'compose') block.compose = summariseComposeData(data.value, lookup);
    for (const key of data.secretKeys) warnings.push(`${at(block.fence)}: ${block.name}: ${key} looks like a real secret; publish a placeholder instead`);
  }
}

/** Each block as the page shows it, and the file published for it: names unique in the note's folder. */
interface Published {
  files: CodeFile[];
  refs: Map<Block, BlockRef>;
  views: Map<Block, FileBlockView>;
}

function publish(blocks: readonly Block[], options: NoteOptions): Published {
  const used = new Set(options.reserved.map((n) => n.toLowerCase()));
  const out: Published = { files: [], refs: new Map(), views: new Map() };
  for (const block of blocks) {
    const segment = fileSegment(block.name, block.rec.kind);
    let published = segment;
    for (let n = 2; used.has(published.toLowerCase()); n++) published = numbered(segment, n);
    used.add(published.toLowerCase());
    out.files.push({ path: `${options.folder}${published}`, text: block.text });
    out.refs.set(block, { id: block.id, name: block.name, services: [] });
    out.views.set(block, {
      id: block.id,
      kind: block.rec.kind,
      name: block.name,
      downloadName: downloadName(block.name),
      href: encodeURI(`${options.root}${options.folder}${published}`),
      lang: block.rec.lang,
      text: block.text,
      shown: block.shown,
      lineNumbers: block.lineNumbers,
    });
  }
  return out;
}

/** Links the blocks to each other: a compose variable to the env block defining it, an env entry to the services using it. */
function crossReference(blocks: readonly Block[], defined: Definitions, { refs, views }: Published): void {
  const hasEnv = blocks.some((b) => b.rec.kind === 'env');
  const status = (name: string): { definedIn: BlockRef | null } => {
    const d = defined.get(name);
    return { definedIn: d ? (refs.get(d.block) ?? null) : null };
  };
  for (const block of blocks) {
    const view = views.get(block);
    if (!view) continue;
    if (block.compose) view.compose = { summary: block.compose, up: upCommand(block.name), status: hasEnv ? status : null };
    if (block.env) {
      view.env = block.env.map((entry) => ({
        ...entry,
        usedBy: blocks.flatMap((b) => {
          const v = b.compose?.variables.find((x) => x.name === entry.key);
          const ref = refs.get(b);
          return v && ref ? [{ ...ref, services: v.services }] : [];
        }),
      }));
    }
  }
}

/** The Markdown with each block's fence replaced by its finished (protected) markup. */
function replaceBlocks(markdown: string, blocks: readonly Block[], views: Map<Block, FileBlockView>, t: Translate): string {
  let out = '';
  let from = 0;
  for (const block of blocks) {
    const view = views.get(block);
    if (!view) continue;
    const { start, end, prefix } = block.fence;
    out += markdown.slice(from, start) + prefix + protectHtml(renderFileBlock(view, t)) + (markdown[end - 1] === '\n' ? '\n' : '');
    from = end;
  }
  return out + markdown.slice(from);
}

export function processNote(markdown: string, options: NoteOptions): NoteResult {
  const warnings: string[] = [];
  const blocks = findBlocks(markdown);
  if (blocks.length === 0) return { markdown, files: [], warnings };
  const at = locator(options);
  const defined = readEnvBlocks(blocks, at, warnings);
  readYamlBlocks(blocks, defined, at, warnings);
  const published = publish(blocks, options);
  crossReference(blocks, defined, published);
  return { markdown: replaceBlocks(markdown, blocks, published.views, options.t), files: published.files, warnings };
}
