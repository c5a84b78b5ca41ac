// highlight.js's grammars, registered when a note first names one. The full
// package registers all 190-odd on load, about 130 ms of every build that has a
// code block; its core and the few grammars a site uses cost a few ms. The
// highlighting is the same as the full package's: a grammar that embeds others
// (HTML's <script>, pgsql's function bodies) brings them along, and one that may
// embed any grammar (HTTP's bodies, auto-detected) brings all of them.
import type { HLJSApi, Language, LanguageFn } from 'highlight.js';
import { lazy, lazyRequire } from '../../shared/lazy';
import dotenv from './dotenv';

/**
 * Names notes often write that are not a grammar's file name, and the file
 * they are an alias in (checked against the full package by the tests). Any
 * other alias makes every grammar load once, as before.
 */
export const COMMON_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
    ts: 'typescript', tsx: 'typescript', mts: 'typescript',
    sh: 'bash', zsh: 'bash', console: 'shell',
    yml: 'yaml', py: 'python', html: 'xml', xhtml: 'xml', svg: 'xml', md: 'markdown',
    golang: 'go', rs: 'rust', rb: 'ruby', kt: 'kotlin', docker: 'dockerfile',
    ps1: 'powershell', pwsh: 'powershell', bat: 'dos', cmd: 'dos',
    h: 'c', hpp: 'cpp', cc: 'cpp', 'c++': 'cpp', cs: 'csharp',
    jsonc: 'json', toml: 'ini', patch: 'diff', proto: 'protobuf', tex: 'latex',
    postgres: 'pgsql', postgresql: 'pgsql', objc: 'objectivec',
  }),
);

/** A grammar's file name: what `highlight.js/lib/languages/<name>` may be. */
const FILE_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The grammar file `name` of the package, or null when it has none of that name. */
export function grammarFile(name: string): LanguageFn | null {
  if (!FILE_NAME.test(name)) return null;
  try {
    return lazyRequire<LanguageFn>(`highlight.js/lib/languages/${name}`)();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/** The grammars a language's modes embed by name; null when one may embed any (an empty list: auto-detection). */
export function embedded(language: Language): string[] | null {
  const names: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [language];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    const sub = (item as { subLanguage?: unknown }).subLanguage;
    if (typeof sub === 'string') names.push(sub);
    else if (Array.isArray(sub)) {
      if (sub.length === 0) return null;
      for (const name of sub) if (typeof name === 'string') names.push(name);
    }
    for (const value of Object.values(item)) if (typeof value === 'object') stack.push(value);
  }
  return names;
}

/** One highlight.js instance whose grammars are registered as they are asked for. */
export class Grammars {
  private all = false;

  /** `registerAll` registers every grammar of the package into `hljs`. */
  constructor(
    readonly hljs: HLJSApi,
    private readonly registerAll: (hljs: HLJSApi) => void,
  ) {}

  /** Whether `name` (a grammar's name or alias) highlights, its grammar registered if so. */
  has(name: string): boolean {
    if (this.hljs.getLanguage(name)) return true;
    if (!this.all && !this.register(COMMON_ALIASES.get(name) ?? name)) this.everything();
    return this.hljs.getLanguage(name) !== undefined;
  }

  private everything(): void {
    if (this.all) return;
    this.all = true;
    this.registerAll(this.hljs);
  }

  /** Registers the grammar file `name` and those it embeds; false when there is no such file. */
  private register(name: string): boolean {
    const file = grammarFile(name);
    if (!file) return false;
    this.hljs.registerLanguage(name, file);
    const language = this.hljs.getLanguage(name);
    const embeds = language ? embedded(language) : [];
    if (embeds === null) this.everything();
    else for (const other of embeds) if (!this.hljs.getLanguage(other)) this.register(other);
    return true;
  }
}

/**
 * The process's grammars: highlight.js's core instance, the one the full
 * package registers into when it loads (highlight.js/lib/index.js requires it).
 */
export const grammars = lazy((): Grammars => {
  const hljs = lazyRequire<HLJSApi>('highlight.js/lib/core')();
  hljs.registerLanguage('dotenv', dotenv);
  return new Grammars(hljs, () => lazyRequire<unknown>('highlight.js')());
});
