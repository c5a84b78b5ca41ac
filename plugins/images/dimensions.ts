// An image's type and displayed size from its bytes (image-size: pure JS), and
// whether a WebP copy of it is worth serving.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type * as ImageSize from 'image-size';
import { lazyRequire } from '../shared/lazy';
import { Memo } from '../shared/memo';

/** Loaded with the first image: `hexo clean` and notes without images never need it. */
const imageSizeModule = lazyRequire<typeof ImageSize>('image-size');

function imageSize(bytes: Uint8Array): ReturnType<typeof ImageSize.imageSize> {
  return imageSizeModule().imageSize(bytes);
}

/** The note column's widest (themes/notes/source/css/style.css `.note`): wider images are scaled down anyway. */
export const COLUMN_WIDTH = 820;
/** A WebP copy is written for images larger than this… */
export const WEBP_MIN_BYTES = 100 * 1024;
/** …or wider than the column; it is at most this wide (the column on a 2× screen). */
export const WEBP_MAX_WIDTH = 2 * COLUMN_WIDTH;

export interface ImageFacts {
  width: number;
  height: number;
  /** image-size's name of the format: png, jpg, gif, webp, heif, svg… */
  type: string;
  bytes: number;
}

/** Width and height as shown: EXIF orientations 5–8 turn a JPEG a quarter. */
export function measure(bytes: Uint8Array): ImageFacts | null {
  try {
    const size = imageSize(bytes);
    if (!size.width || !size.height) return null;
    const turned = (size.orientation ?? 1) >= 5;
    return { width: turned ? size.height : size.width, height: turned ? size.width : size.height, type: size.type ?? '', bytes: bytes.byteLength };
  } catch {
    return null;
  }
}

/** Raster images that are heavy or wider than the column; WebP and AVIF are already compact. */
export function wantsWebp(facts: ImageFacts): boolean {
  return ['png', 'jpg', 'gif'].includes(facts.type) && (facts.bytes > WEBP_MIN_BYTES || facts.width > COLUMN_WIDTH);
}

export interface LocalImage extends ImageFacts {
  /** Of the content: names its WebP copy. */
  hash: string;
}

export type LocalRead = { ok: true; image: LocalImage } | { ok: false; reason: 'missing' | 'unreadable' };

/**
 * The file's stat, or undefined when there is none: a missing file is the
 * common case (each image is looked for in several folders), and a thrown
 * error per miss cost more than the stat.
 */
function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined; // not readable (EACCES): as missing
  }
}

/** Per process, by file, size and mtime: `hexo server` renders the same notes again on every save. */
const reads = new Memo<LocalRead>(2000);

/** A local image's facts; a file that is gone or not an image says which. */
export function readLocalImage(file: string): LocalRead {
  const stat = statOf(file);
  if (!stat?.isFile()) return { ok: false, reason: 'missing' };
  return reads.get(`${file}\0${stat.size}\0${stat.mtimeMs}`, () => {
    const bytes = fs.readFileSync(file);
    const facts = measure(bytes);
    if (!facts) return { ok: false, reason: 'unreadable' };
    return { ok: true, image: { ...facts, hash: createHash('sha1').update(bytes).digest('hex').slice(0, 16) } };
  });
}

/** What a cached note's images depend on in a local file: its size and mtime, or that it is missing. */
export function fileState(file: string): string {
  const stat = statOf(file);
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}
