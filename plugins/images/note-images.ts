// The images transform over one rendered note: resolves every image against the
// store and the site's files, rewrites the markup (markup.ts), and returns the
// fields saved with the note and the problems to report.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { NoteDom } from '../post-dom/transforms';
import { measure, readLocalImage, wantsWebp, type LocalImage } from './dimensions';
import { rewriteImages, type ResolvedImage } from './markup';
import type { ImageSettings } from './settings';
import { mapSrcset, resolveSource, type PageContext } from './sources';
import type { ImageStore } from './store';

/** Bumped when the markup changes, so cached notes are rendered again. */
export const MARKUP_VERSION = 2;
/** Where a local image's WebP copy is published. */
export const WEBP_ROUTE_DIR = 'images/webp';

export interface ImageEnvironment {
  settings: ImageSettings;
  store: ImageStore;
  sourceDir: string;
  root: string;
}

export interface WebpJob {
  /** Content hash: the copy's name. */
  hash: string;
  /** The source file, relative to source/. */
  file: string;
}

/** Saved with the note: `hexo images` reads the URLs; the rest finds stale cached notes and the WebP copies to serve. */
export interface NoteImageFields {
  image_urls: string[];
  /** `r:<url>` or `f:<file relative to source/>`: what the markup was built from. */
  image_deps: string[];
  images_sig: string;
  image_webp: WebpJob[];
}

export interface MissingImage {
  src: string;
  reason: string;
}

class NoteImages {
  readonly urls = new Set<string>();
  readonly deps = new Set<string>();
  readonly webp = new Map<string, WebpJob>();
  readonly missing: MissingImage[] = [];

  constructor(
    private readonly env: ImageEnvironment,
    private readonly page: PageContext,
  ) {}

  resolve(src: string): ResolvedImage {
    const source = resolveSource(src, this.page);
    if (source.kind === 'remote') return this.remote(source.key);
    if (source.kind === 'data') return measure(source.bytes) ?? {};
    if (source.kind === 'other') return {};
    return this.local(src, source.url, source.files);
  }

  srcset(value: string): string {
    return mapSrcset(value, (url) => {
      const source = resolveSource(url, this.page);
      return source.kind === 'remote' ? (this.remote(source.key).src ?? url) : url;
    });
  }

  private remote(key: string): ResolvedImage {
    this.urls.add(key);
    this.deps.add(`r:${key}`);
    const stored = this.env.store.get(key);
    if (!stored) return {};
    return { src: this.sitePath(stored.path), width: stored.width, height: stored.height, ...(stored.webp ? { webp: this.sitePath(stored.webp) } : {}) };
  }

  private local(src: string, url: string, files: string[]): ResolvedImage {
    for (const file of files) this.deps.add(`f:${path.relative(this.env.sourceDir, file).split(path.sep).join('/')}`);
    let unreadable: string | null = null;
    for (const file of files) {
      const read = readLocalImage(file);
      if (read.ok) return { src: url, ...this.localFacts(file, read.image) };
      if (read.reason === 'unreadable') unreadable = file;
    }
    const shown = unreadable ? path.relative(path.dirname(this.env.sourceDir), unreadable) : null;
    this.missing.push({ src, reason: shown ? `${shown} is not an image this build can read` : 'no such file in source/ or the theme\'s source/' });
    return {};
  }

  private localFacts(file: string, image: LocalImage): ResolvedImage {
    const facts: ResolvedImage = { width: image.width, height: image.height };
    if (!wantsWebp(image)) return facts;
    this.webp.set(image.hash, { hash: image.hash, file: path.relative(this.env.sourceDir, file).split(path.sep).join('/') });
    return { ...facts, webp: this.sitePath(`/${WEBP_ROUTE_DIR}/${image.hash}.webp`) };
  }

  /** A site path (leading /) under the site's root. */
  private sitePath(p: string): string {
    return `${this.env.root}${p.replace(/^\//, '')}`;
  }
}

/** The signature of a note's images: its dependencies' current states, in this environment. */
export function imagesSignature(deps: readonly string[], env: ImageEnvironment, state: (dep: string) => string): string {
  // A note without images does not depend on the settings either.
  if (deps.length === 0) return 'none';
  return createHash('sha1')
    .update(JSON.stringify([MARKUP_VERSION, env.settings.caption_from_alt, env.root, deps.map((d) => [d, state(d)])]))
    .digest('hex')
    .slice(0, 16);
}

/** Rewrites the note's images; returns the fields to save and the images it could not find. */
export function applyImages(
  $: NoteDom,
  page: PageContext,
  env: ImageEnvironment,
  state: (dep: string) => string,
): { fields: NoteImageFields; missing: MissingImage[]; unaddressed: string[] } {
  const images = new NoteImages(env, page);
  const unaddressed: string[] = [];
  rewriteImages($, {
    resolve: (src) => images.resolve(src),
    srcset: (v) => images.srcset(v),
    captionFromAlt: env.settings.caption_from_alt,
    noAddress: (alt) => unaddressed.push(alt),
  });
  const deps = [...images.deps];
  return {
    fields: { image_urls: [...images.urls], image_deps: deps, images_sig: imagesSignature(deps, env, state), image_webp: [...images.webp.values()] },
    missing: images.missing,
    unaddressed,
  };
}
