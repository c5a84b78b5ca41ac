import path from 'node:path';
import type { Hexo } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { parseNoteHtml } from '../post-dom/transforms';
import { sanitizeNote } from './sanitize';

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'note-safety',
    // The last writer: whatever other features produced is checked too.
    priority: 49,
    run($, post) {
      const removed = sanitizeNote($);
      if (removed.length === 0) return;
      // Hexo's copies of the parts around <!-- more --> were cut from this content before it was cleaned.
      for (const field of ['excerpt', 'more'] as const) {
        const part = post[field];
        if (typeof part !== 'string' || part === '') continue;
        const dom = parseNoteHtml(part);
        sanitizeNote(dom);
        post[field] = dom.html();
      }
      const shown = removed.slice(0, 5).join(', ') + (removed.length > 5 ? ` and ${removed.length - 5} more` : '');
      hexo.log.warn(`${path.join(path.basename(hexo.source_dir), post.source)}: removed what could run script in the page: ${shown} (show code in a fenced block instead)`);
    },
  });
}
