import type { Hexo } from '../hexo';

/** The theme's UI string for `key` in the site language, for markup built outside templates. */
export function uiString(hexo: Hexo, key: string): string {
  const lang = hexo.config.language;
  const languages = Array.isArray(lang) ? lang : [lang ?? 'default'];
  return hexo.theme.i18n.__(languages)(key);
}
