// Limits of the commands that fetch other sites (`hexo linkcards`, `hexo links`):
// `link_cards.fetch` and `links.fetch` in _config.yml take the same keys.
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

export const FETCH_DEFAULTS: FetchSettings = { concurrency: 4, timeout: 10000, max_redirects: 5, max_bytes: 1048576, image_max_bytes: 524288 };

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** Each key from `raw` when usable, else its default. */
export function readFetchSettings(raw: unknown): FetchSettings {
  const fetch = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    concurrency: positive(fetch.concurrency, FETCH_DEFAULTS.concurrency),
    timeout: positive(fetch.timeout, FETCH_DEFAULTS.timeout),
    max_redirects: nonNegative(fetch.max_redirects, FETCH_DEFAULTS.max_redirects),
    max_bytes: positive(fetch.max_bytes, FETCH_DEFAULTS.max_bytes),
    image_max_bytes: positive(fetch.image_max_bytes, FETCH_DEFAULTS.image_max_bytes),
  };
}
