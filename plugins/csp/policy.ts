// The Content-Security-Policy of one page, built from what the page holds.
// GitHub Pages sends no custom headers, so the policy is a <meta http-equiv>;
// in a <meta>, frame-ancestors, report-uri and sandbox are ignored, so they
// are not written.

export interface PolicyInput {
  /** Hash-sources of the page's inline scripts (hash.ts). */
  scriptHashes: readonly string[];
  /** Origins of the remote images on the page. */
  imageOrigins: readonly string[];
  /** The page has style="" attributes or <style> elements, or draws diagrams (inlineStyles in page.ts). */
  inlineStyles: boolean;
  /** `csp.extra` from _config.yml: sources added per directive. */
  extra?: Readonly<Record<string, readonly string[]>>;
}

/** Each directive's sources, and why each is there. */
function baseDirectives(input: PolicyInput): Array<[string, string[]]> {
  return [
    // Anything not named below: this site only.
    ['default-src', ["'self'"]],
    // The theme's bundle and its chunks (search engine, mermaid, live reload's
    // /__livereload.js) are files of this site; the theme's inline scripts
    // (the theme set before first paint) are allowed by their hash, nothing
    // else inline: no 'unsafe-inline', no 'unsafe-eval' (mermaid runs without).
    ['script-src', ["'self'", ...input.scriptHashes]],
    // The theme's stylesheet and KaTeX's. 'unsafe-inline' only on pages that
    // need it (without it Chromium reports violations there): KaTeX writes its
    // sizes as style="" attributes, a note's own HTML may carry style="", and
    // mermaid puts a <style> and style="" attributes made in the browser into
    // each diagram's SVG, which no build-time hash can match. Styles cannot run
    // script. (The theme's scripts and live reload's box set styles through the
    // CSSOM, which CSP allows.)
    ['style-src', input.inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // data: for the small SVG pictures CSS and mermaid inline; remote images
    // that notes still link, by origin, on the pages that show them.
    ['img-src', ["'self'", 'data:', ...input.imageOrigins]],
    // KaTeX's woff2 fonts, served from /vendor/katex/.
    ['font-src', ["'self'"]],
    // search.json fetched by the search box; live reload's event stream.
    ['connect-src', ["'self'"]],
    // No plugins (<object>, <embed>) at all.
    ['object-src', ["'none'"]],
    // A <base> would move every relative URL elsewhere; the site has none.
    ['base-uri', ["'none'"]],
    // The search form submits to /search/.
    ['form-action', ["'self'"]],
  ];
}

/** The policy text: the directives above, each with the sources `extra` adds, no source twice. */
export function buildPolicy(input: PolicyInput): string {
  const directives = baseDirectives(input);
  const extra = input.extra ?? {};
  for (const [name, sources] of Object.entries(extra)) {
    const found = directives.find(([directive]) => directive === name);
    if (found) found[1].push(...sources);
    // A fetch directive of its own no longer falls back to default-src: it keeps 'self'.
    else directives.push([name, name.endsWith('-src') ? ["'self'", ...sources] : [...sources]]);
  }
  return directives.map(([name, sources]) => [name, ...new Set(sources)].join(' ')).join('; ');
}

/** The <meta> element carrying `policy` (quotes in it escaped for the attribute). */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
}
