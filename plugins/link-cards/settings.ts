// `link_cards:` in the site's _config.yml, with defaults for every key.
export interface FetchSettings {
  concurrency: number;
  /** Per request, in milliseconds (each redirect hop is a request). */
  timeout: number;
  max_redirects: number;
  /** Bytes of a page read at most (metadata sits in the head). */
  max_bytes: number;
  /** Bytes of an image downloaded at most; a larger image is not kept. */
  image_max_bytes: number;
}

export interface LinkCardSettings {
  enable: boolean;
  /** Folder below source/ for downloaded images. */
  image_dir: string;
  fetch: FetchSettings;
}

export const DEFAULTS: LinkCardSettings = {
  enable: true,
  image_dir: 'images/link-cards',
  fetch: { concurrency: 4, timeout: 10000, max_redirects: 5, max_bytes: 1048576, image_max_bytes: 524288 },
};

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

export function readSettings(raw: unknown): LinkCardSettings {
  // `link_cards: false` is the short form of `enable: false`.
  if (typeof raw === 'boolean') return { ...DEFAULTS, enable: raw };
  const cfg = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const fetch = (typeof cfg.fetch === 'object' && cfg.fetch !== null ? cfg.fetch : {}) as Record<string, unknown>;
  const dir = typeof cfg.image_dir === 'string' ? cfg.image_dir.replace(/^\/+|\/+$/g, '') : '';
  return {
    enable: cfg.enable !== false,
    image_dir: dir && !dir.split('/').includes('..') ? dir : DEFAULTS.image_dir,
    fetch: {
      concurrency: positive(fetch.concurrency, DEFAULTS.fetch.concurrency),
      timeout: positive(fetch.timeout, DEFAULTS.fetch.timeout),
      max_redirects: nonNegative(fetch.max_redirects, DEFAULTS.fetch.max_redirects),
      max_bytes: positive(fetch.max_bytes, DEFAULTS.fetch.max_bytes),
      image_max_bytes: positive(fetch.image_max_bytes, DEFAULTS.fetch.image_max_bytes),
    },
  };
}

/** Cards are on unless the site or the note (`link_cards: false`) turns them off. */
export function cardsEnabled(settings: LinkCardSettings, note: Record<string, unknown>): boolean {
  return settings.enable && note.link_cards !== false;
}
