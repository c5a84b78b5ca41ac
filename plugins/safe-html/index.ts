import path from 'node:path';
import type { Hexo } from '../hexo';
import { WRITE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { readSettings } from '../csp/settings';
import { allowedFrame } from '../embeds/convert';
import { removalWarnings, sanitizeNote } from './sanitize';

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'safe-html',
    // The first writer: what the others add is built from cleaned markup.
    phase: 'write',
    order: WRITE.SAFE_HTML,
    run($, post) {
      // Hexo cuts the excerpt from the note after this pass (post-dom runs first), so it is clean too.
      // Frames the site allows in csp.extra frame-src stay (the embeds writer made links of the others).
      const frames = readSettings(hexo.config.csp).extra['frame-src'] ?? [];
      const removed = sanitizeNote($, frames.length > 0 ? (frame) => allowedFrame(frame, frames) : undefined);
      if (removed.length === 0) return;
      for (const warning of removalWarnings(removed, path.join(path.basename(hexo.source_dir), post.source), post.raw)) hexo.log.warn(warning);
    },
  });
}
