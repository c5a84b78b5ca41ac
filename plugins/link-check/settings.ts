// `links:` in the site's _config.yml.
import { readFetchSettings, type FetchSettings } from '../shared/fetch-settings';

export interface LinkSettings {
  /** Dead internal links are errors (the build fails) rather than warnings. */
  strict: boolean;
  /** Limits of `hexo links`, the keys of `link_cards.fetch`. */
  fetch: FetchSettings;
}

export function readLinkSettings(raw: unknown): LinkSettings {
  const cfg = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return { strict: cfg.strict === true, fetch: readFetchSettings(cfg.fetch) };
}
