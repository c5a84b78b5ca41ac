// WebP copies with sharp (its prebuilt libvips comes from the npm registry as
// @img/sharp-*), loaded only when a copy is made: most builds make none.
import type Sharp from 'sharp';
import { WEBP_MAX_WIDTH } from './dimensions';

let sharpModule: typeof Sharp | undefined;

function sharp(): typeof Sharp {
  if (!sharpModule) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    sharpModule = require('sharp') as typeof Sharp;
    // One image at a time, nothing kept: copies are made once, on a machine the build shares.
    sharpModule.cache(false);
    sharpModule.concurrency(1);
  }
  return sharpModule;
}

/** The image as WebP, at most WEBP_MAX_WIDTH wide; animated GIFs stay animated. */
export async function toWebp(bytes: Uint8Array, animated: boolean): Promise<Buffer> {
  return sharp()(bytes, { animated })
    .rotate()
    .resize({ width: WEBP_MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80, effort: 4 })
    .toBuffer();
}
