// Whether a Content-Security-Policy source list lets the page load a URL, as
// browsers match sources (CSP 3 "source expressions"): `*`, a scheme
// (`https:`), a host with an optional scheme, `*.` subdomain wildcard, port and
// path. The notes' embeds are kept exactly where the site allows them in
// `csp.extra` (plugins/csp/settings.ts). Pure.

const SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([a-z0-9.-]+|\*)(?::(\d+|\*))?(\/.*)?$/i;

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '';
}

function matchesSource(url: URL, source: string): boolean {
  if (source === '*') return url.protocol === 'https:' || url.protocol === 'http:';
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
  const m = SOURCE.exec(source);
  if (!m) return false;
  const [, scheme, wildcard, host = '', port, path] = m;
  // Without a scheme, http: sources also match https: (the page's scheme, upgraded).
  if (scheme ? url.protocol !== `${scheme.toLowerCase()}:` : !['http:', 'https:'].includes(url.protocol)) return false;
  const name = host.toLowerCase();
  if (wildcard ? !url.hostname.endsWith(`.${name}`) : name !== '*' && url.hostname !== name) return false;
  if (port !== '*' && (url.port || defaultPort(url.protocol)) !== (port ?? defaultPort(url.protocol))) return false;
  if (!path) return true;
  return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
}

/** Whether any of `sources` (as written in a CSP directive) lets the page load `url`. */
export function allowedBy(url: URL, sources: readonly string[]): boolean {
  return sources.some((source) => matchesSource(url, source.trim()));
}
