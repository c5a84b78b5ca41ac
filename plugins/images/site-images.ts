// What the images feature reads from the site at build time: the store (once per
// generation, its problems reported once), the environment every note's images
// are rendered in, and the current state of what a note's images depend on.
import fs from 'node:fs';
import path from 'node:path';
import { storedRecords, type Hexo, type PostData, type StoredRecord } from '../hexo';
import { lineOfFirst } from '../shared/source-lines';
import { findFences } from '../shared/fences';
import { fileState } from './dimensions';
import type { ImageEnvironment } from './note-images';
import { readSettings } from './settings';
import type { PageContext } from './sources';
import { readStore, STORE_FILE, STORE_NAME, type ImageStore } from './store';

export interface SiteImages {
  environment(): ImageEnvironment;
  /** The state of a dependency (`r:<url>` / `f:<file>`) now: a changed state makes a cached note stale. */
  state(dep: string): string;
  page(post: PostData): PageContext;
  /** Forgets the store: the next use reads it again (a new generation). */
  reset(): void;
}

export function siteImages(hexo: Hexo): SiteImages {
  let store: ImageStore | null = null;
  const exists = (sitePath: string): boolean => fs.existsSync(path.join(hexo.source_dir, ...sitePath.split('/').filter(Boolean)));
  const readOnce = (): ImageStore => {
    if (store) return store;
    const raw = (hexo.model('Data').findById(STORE_NAME) as { data?: unknown } | undefined)?.data;
    const read = readStore(raw, exists);
    for (const warning of read.warnings) hexo.log.warn(`source/${STORE_FILE}: ${warning}`);
    store = read.index;
    return store;
  };
  const environment = (): ImageEnvironment => ({ settings: readSettings(hexo.config.images), store: readOnce(), sourceDir: hexo.source_dir, root: hexo.config.root || '/' });
  return {
    environment,
    state(dep) {
      if (dep.startsWith('r:')) return JSON.stringify(readOnce().get(dep.slice(2)) ?? null);
      return fileState(path.join(hexo.source_dir, ...dep.slice(2).split('/')));
    },
    page(post) {
      const assetDir = hexo.config.post_asset_folder && typeof post.asset_dir === 'string' ? post.asset_dir : null;
      const themeSourceDir = typeof hexo.theme_dir === 'string' ? path.join(hexo.theme_dir, 'source') : null;
      // Hexo's `path` virtual runs the permalink filter on each read: read once,
      // and only when a relative image needs it (most notes have none).
      let pagePath: string | undefined;
      const readPath = (): string => {
        const value: unknown = post.path;
        return typeof value === 'string' ? value : '';
      };
      return {
        root: hexo.config.root || '/',
        get pagePath() {
          return (pagePath ??= readPath());
        },
        sourceDir: hexo.source_dir,
        themeSourceDir,
        assetDir,
      };
    },
    reset() {
      store = null;
    },
  };
}

/** 1-based line of an image's src in the note's file (front matter included), else of its file name, or null. */
export function srcLine(raw: unknown, src: string): number | null {
  return lineOfFirst(raw, [src, src.split(/[/?#]/).filter(Boolean).pop() ?? src]);
}

/** How an image with no address is written: Markdown with an empty address, an <img> without src, an image tag naming none. */
const NO_ADDRESS = [
  /!\[[^\]\n]*\]\(\s*(?:"[^"\n]*"\s*)?\)/g,
  /<img\b(?![^>]*\bsrc\s*=\s*(?:"\s*[^"\s]|'\s*[^'\s]|[^\s"'>]))[^>]*>/gi,
  /\{%-?\s*(?:img|image)\b((?:[^%]|%(?!\}))*)-?%\}/g,
];
/** What Hexo's img tag takes for an address (hexo/dist/plugins/tag/img). */
const TAG_ADDRESS = /(?:^|\s)(?:\/|[A-Za-z]{3,9}:|www\.)/;

/** 1-based lines of the images with no address in a note's source, in order: the n-th such image is at the n-th. */
export function noAddressLines(raw: unknown): number[] {
  if (typeof raw !== 'string') return [];
  // What a fence shows is no image.
  const fences = findFences(raw);
  const inFence = (offset: number): boolean => fences.some((f) => offset >= f.start && offset < f.end);
  const offsets = NO_ADDRESS.flatMap((pattern) =>
    [...raw.matchAll(pattern)].filter((m) => (m[1] === undefined || !TAG_ADDRESS.test(m[1])) && !inFence(m.index)).map((m) => m.index),
  );
  return offsets.sort((a, b) => a - b).map((offset) => raw.slice(0, offset).split('\n').length);
}

/** Every rendered document's stored record (posts and pages), read without copies. */
export function records(hexo: Hexo): StoredRecord[] {
  return [...storedRecords(hexo, 'Post'), ...storedRecords(hexo, 'Page')];
}

/** A list field the transform saved on each document, all documents' together. */
export function savedList<T>(docs: readonly StoredRecord[], field: string): T[] {
  return docs.flatMap((doc) => (Array.isArray(doc[field]) ? (doc[field] as T[]) : []));
}
