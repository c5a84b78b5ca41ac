// The note's first picture, shown with a shared link when the front matter names no `cover:`.
import { isTag, type Element, type ParentNode } from 'domhandler';
import { findNode } from '../shared/walk';

/** The `src` of the first `img` that has one, or null; the walk stops there (a CSS query would walk the whole note). */
export function firstImageSrc(root: ParentNode): string | null {
  const img = findNode(root.children, (node) => isTag(node) && node.tagName === 'img' && node.attribs.src !== undefined);
  return (img as Element | undefined)?.attribs.src ?? null;
}
