// `images:` in the site's _config.yml, with defaults for every key.
export interface ImageFetchSettings {
  concurrency: number;
  /** Per request, in milliseconds (each redirect hop is a request). */
  timeout: number;
  max_redirects: number;
  /** Bytes of an image downloaded at most; a larger image is not kept. */
  max_bytes: number;
}

export interface ImageSettings {
  /** Any alt text is a caption (else only one that reads as one: `图 1：…`, `Figure 2: …`). */
  caption_from_alt: boolean;
  fetch: ImageFetchSettings;
}

export const DEFAULTS: ImageSettings = {
  caption_from_alt: true,
  fetch: { concurrency: 4, timeout: 10000, max_redirects: 5, max_bytes: 10485760 },
};

function whole(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

export function readSettings(raw: unknown): ImageSettings {
  const cfg = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const fetch = (typeof cfg.fetch === 'object' && cfg.fetch !== null ? cfg.fetch : {}) as Record<string, unknown>;
  const d = DEFAULTS.fetch;
  return {
    caption_from_alt: cfg.caption_from_alt !== false,
    fetch: {
      concurrency: whole(fetch.concurrency, d.concurrency, 1),
      timeout: whole(fetch.timeout, d.timeout, 1),
      max_redirects: whole(fetch.max_redirects, d.max_redirects, 0),
      max_bytes: whole(fetch.max_bytes, d.max_bytes, 1),
    },
  };
}
