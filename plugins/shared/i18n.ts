import type { Hexo } from '../hexo';

/** Looked-up strings per site; emptied when a generation starts, since language files may have changed (hexo server). */
const caches = new WeakMap<Hexo, Map<string, string>>();

function cacheOf(hexo: Hexo): Map<string, string> {
  let cache = caches.get(hexo);
  if (!cache) {
    const created = new Map<string, string>();
    hexo.on('generateBefore', () => created.clear());
    caches.set(hexo, created);
    cache = created;
  }
  return cache;
}

/** The theme's UI string for `key` in the site language, for markup built outside templates. */
export function uiString(hexo: Hexo, key: string): string {
  const lang = hexo.config.language;
  const languages = Array.isArray(lang) ? lang : [lang ?? 'default'];
  const cache = cacheOf(hexo);
  const id = `${languages.join('\n')}\0${key}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = hexo.theme.i18n.__(languages)(key);
    cache.set(id, text);
  }
  return text;
}
