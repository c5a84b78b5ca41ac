// WebP copies with sharp (its prebuilt libvips comes from the npm registry as
// @img/sharp-*), loaded only when a copy is made: most builds make none.
import type Sharp from 'sharp';
import { lazy, lazyRequire } from '../shared/lazy';
import { WEBP_MAX_WIDTH } from './dimensions';

const sharpModule = lazyRequire<typeof Sharp>('sharp');

const sharp = lazy((): typeof Sharp => {
  const module = sharpModule();
  // One image at a time, nothing kept: copies are made once, on a machine the build shares.
  module.cache(false);
  module.concurrency(1);
  return module;
});

/** The image as WebP, at most WEBP_MAX_WIDTH wide; animated GIFs stay animated. */
export async function toWebp(bytes: Uint8Array, animated: boolean): Promise<Buffer> {
  return sharp()(bytes, { animated })
    .rotate()
    .resize({ width: WEBP_MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80, effort: 4 })
    .toBuffer();
}
