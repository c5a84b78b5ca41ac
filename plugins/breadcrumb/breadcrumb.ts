// The note's breadcrumb (首页 › group › note) and its BreadcrumbList JSON-LD.
import type { LinkRef } from '../shared/note-facts';
import { scriptSafeJson } from '../shared/html';

export interface Crumb {
  name: string;
  /** Site-relative path. */
  path: string;
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
