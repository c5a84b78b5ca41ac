// `link_cards:` in the site's _config.yml, with defaults for every key.
import { FETCH_DEFAULTS, readFetchSettings, type FetchSettings } from '../shared/fetch-settings';


export interface LinkCardSettings {
  enable: boolean;
  /** Folder below source/ for downloaded images. */
  image_dir: string;
  fetch: FetchSettings;
}

export const DEFAULTS: LinkCardSettings = {
  enable: true,
  image_dir: 'images/link-cards',
  fetch: FETCH_DEFAULTS,
};

export function readSettings(raw: unknown): LinkCardSettings {
  // `link_cards: false` is the short form of `enable: false`.
  if (typeof raw === 'boolean') return { ...DEFAULTS, enable: raw };
  const cfg = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const dir = typeof cfg.image_dir === 'string' ? cfg.image_dir.replace(/^\/+|\/+$/g, '') : '';
  return {
    enable: cfg.enable !== false,
    image_dir: dir && !dir.split('/').includes('..') ? dir : DEFAULTS.image_dir,
    fetch: readFetchSettings(cfg.fetch),
  };
}

/** Cards are on unless the site or the note (`link_cards: false`) turns them off. */
export function cardsEnabled(settings: LinkCardSettings, note: Record<string, unknown>): boolean {
  return settings.enable && note.link_cards !== false;
}
