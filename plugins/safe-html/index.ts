import path from 'node:path';
import type { Hexo } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { describeRemoval, sanitizeNote } from './sanitize';
import { WRITE } from '../pipeline';

/** Warnings per note, one per removal; a note full of handlers gets a count for the rest. */
const SHOWN = 10;

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'safe-html',
    // The first writer: what the others add is built from cleaned markup.
    phase: 'write',
    order: WRITE.SAFE_HTML,
    run($, post) {
      // Hexo cuts the excerpt from the note after this pass (post-dom runs first), so it is clean too.
      const removed = sanitizeNote($);
      if (removed.length === 0) return;
      const file = path.join(path.basename(hexo.source_dir), post.source);
      for (const r of removed.slice(0, SHOWN)) {
        hexo.log.warn(`${file}: removed ${describeRemoval(r)}: it could run script in the page (show code in a fenced block instead)`);
      }
      if (removed.length > SHOWN) hexo.log.warn(`${file}: removed ${removed.length - SHOWN} more things that could run script in the page`);
    },
  });
}
