// The Hexo side of file blocks, as data: the options a note is processed with,
// and the routes of the files the site publishes beside its notes.
import path from 'node:path';
import type { PostData } from '../../hexo';
import { bodyLineOffset } from '../../shared/site';
import { noteFolder, type NoteOptions } from './process';
import type { Translate } from './render';

/** A post or page; `code_files` is declared in plugins/fields.ts. */
export interface NoteDoc extends PostData {
  path?: string;
}

/** What processNote needs from the site. */
export interface SiteContext {
  baseDir: string;
  root: string;
  t: Translate;
}

/**
 * The options `data` is processed with, or null when it is no note: tag plugins
 * render Markdown snippets through the same filter, with no page to put files next to.
 */
export function noteOptions(data: NoteDoc, site: SiteContext): NoteOptions | null {
  if (!data.source || typeof data.content !== 'string') return null;
  // Hexo's `path` virtual runs the permalink filter for each read: read once, and
  // only for a note with a block to publish (processNote reads these two then).
  let route: string | undefined;
  const routeOf = (): string => (route ??= stringOr(data.path, ''));
  return {
    get folder() {
      return noteFolder(routeOf());
    },
    root: site.root,
    get reserved() {
      const name = routeOf().slice(routeOf().lastIndexOf('/') + 1);
      return ['index.html', name].filter(Boolean);
    },
    source: data.full_source ? path.relative(site.baseDir, data.full_source) : data.source,
    lineOffset: bodyLineOffset(data.raw, data.content),
    t: site.t,
  };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

interface DocSet {
  forEach(fn: (doc: object) => void): void;
}

/** The downloads: real files beside each note and page, the exact block text. */
export function downloadRoutes(sets: readonly DocSet[]): Array<{ path: string; data: string }> {
  const routes: Array<{ path: string; data: string }> = [];
  for (const set of sets) {
    set.forEach((doc) => {
      for (const file of (doc as PostData).code_files ?? []) routes.push({ path: file.path, data: file.text });
    });
  }
  return routes;
}
