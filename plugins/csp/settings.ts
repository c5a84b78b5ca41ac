// `csp:` in _config.yml: `enable: false` writes no policy; `extra` adds sources
// per directive for a user's own embeds, e.g.
//   csp:
//     extra:
//       frame-src: ['https://www.youtube-nocookie.com']
export interface CspSettings {
  enable: boolean;
  extra: Record<string, string[]>;
  /** Entries left out, for a warning naming _config.yml. */
  ignored: string[];
}

const DIRECTIVE = /^[a-z][a-z-]*$/;
/** A source is one token: no whitespace, and no `;` or `,` that would start another directive or policy. */
const SOURCE = /^[^\s;,]+$/;

export function readSettings(value: unknown): CspSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as { enable?: unknown; extra?: unknown };
  const settings: CspSettings = { enable: raw.enable !== false, extra: {}, ignored: [] };
  const extra = typeof raw.extra === 'object' && raw.extra !== null ? (raw.extra as Record<string, unknown>) : {};
  for (const [name, sources] of Object.entries(extra)) {
    const list = typeof sources === 'string' ? [sources] : Array.isArray(sources) ? sources : [];
    const good = list.filter((s): s is string => typeof s === 'string' && SOURCE.test(s));
    if (!DIRECTIVE.test(name) || good.length !== list.length || list.length === 0) settings.ignored.push(`${name}: ${JSON.stringify(sources)}`);
    if (DIRECTIVE.test(name) && good.length > 0) settings.extra[name] = good;
  }
  return settings;
}
