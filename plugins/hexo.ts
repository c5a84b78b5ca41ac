// The one place where Hexo's types are derived; plugins import from here.
import type HexoClass from 'hexo';

export type Hexo = HexoClass;
export type FilterType = Parameters<HexoClass['extend']['filter']['register']>[0];
export type Generator = Parameters<HexoClass['extend']['generator']['register']>[1];
export type GeneratorReturn = { path: string; data: unknown; layout?: string | string[] };
export type HelperFn = Parameters<HexoClass['extend']['helper']['register']>[1];
export type Logger = HexoClass['log'];

/** The subset of a post (or page) document that plugins read. */
export interface PostData {
  source: string;
  full_source?: string;
  title?: unknown;
  content: string;
  raw?: string;
  layout?: string;
  [key: string]: unknown;
}

/** The site's posts and pages as generators receive them (Hexo's own SiteLocals). */
export type SiteLocals = Parameters<Parameters<HexoClass['extend']['generator']['register']>[1]>[0];
