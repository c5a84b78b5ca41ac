// `[TOC]` (Typora, markdown-it-toc) or `[[toc]]` (VitePress) alone in a paragraph
// asks for a table of contents there. This theme shows one beside every note
// (above it on narrow screens), so the marker paragraph goes instead of being
// printed as text. Pure.
import type { Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { isText } from '../post-dom/text-rules';

const MARKER = /^\s*(?:\[toc\]|\[\[toc\]\])\s*$/i;

/** Whether the note's HTML may hold a marker: most notes are not walked at all. */
export function mayHoldTocMarker(html: string): boolean {
  return /\[\[?toc\]/i.test(html);
}

/** Removes each paragraph that holds only a TOC marker; returns how many went. */
export function removeTocMarkers($: NoteDom): number {
  let removed = 0;
  $('p').each((_, p: Element) => {
    const only = p.children.length === 1 ? p.children[0] : undefined;
    if (only && isText(only) && MARKER.test(only.data)) {
      $(p).remove();
      removed += 1;
    }
  });
  return removed;
}
