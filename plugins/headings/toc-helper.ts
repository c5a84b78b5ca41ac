// The `note_toc` helper's work: the TOC of a note or page, or '' for none.
import { flagOn } from '../front-matter/flags';
import type { PostData } from '../hexo';
import type { TocEntry } from './ids';
import { buildToc, renderToc, tocDepth } from './toc';

/** The theme's settings as the helper receives them. */
export interface TocLocals {
  theme?: { toc?: { enable?: unknown; min_depth?: unknown; max_depth?: unknown } };
}

export function noteToc(page: PostData, locals: TocLocals, title: string): string {
  const settings = locals.theme?.toc;
  if (settings?.enable === false || flagOn(page.no_toc) || !Array.isArray(page.toc)) return '';
  return renderToc(buildToc(page.toc as TocEntry[], tocDepth(settings)), { title });
}
