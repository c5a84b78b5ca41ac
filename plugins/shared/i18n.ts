import type { Hexo } from '../hexo';
import { perGeneration } from './per-generation';

/** Looked-up strings per site; a new generation starts empty, since language files may have changed (hexo server). */
const cacheOf = perGeneration(() => new Map<string, string>());

function languagesOf(hexo: Hexo): string[] {
  const lang = hexo.config.language;
  return Array.isArray(lang) ? lang : [lang ?? 'default'];
}

/** The theme's UI string with its `%s` / `%d` filled in (not cached: the arguments vary). */
export function uiFormat(hexo: Hexo, key: string, ...args: Array<string | number>): string {
  return hexo.theme.i18n.__(languagesOf(hexo))(key, ...args);
}

/** The theme's UI string for `key` in the site language, for markup built outside templates. */
export function uiString(hexo: Hexo, key: string): string {
  const languages = languagesOf(hexo);
  const cache = cacheOf(hexo);
  const id = `${languages.join('\n')}\0${key}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = hexo.theme.i18n.__(languages)(key);
    cache.set(id, text);
  }
  return text;
}
