// The note's breadcrumb (首页 › group › note) and its BreadcrumbList JSON-LD.
import type { LinkRef } from '../shared/note-facts';

export interface Crumb {
  name: string;
  /** Site-relative path. */
  path: string;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line
 * separators are escaped, so no title can end the script element
 * (`</script>`) or start a comment; the JSON means the same.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function breadcrumb(home: Crumb, trail: readonly LinkRef[], note: Crumb): Crumb[] {
  return [home, ...trail.map((t) => ({ name: t.name, path: t.path })), note];
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], absolute: (path: string) => string): string {
  return scriptSafeJson({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absolute(crumb.path) })),
  });
}
