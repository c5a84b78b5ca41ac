// The prose of a rendered note, as the word count reads it (plugins/post-dom/text-rules.ts
// says what each element is): code, math, diagrams, permalinks and hidden elements
// are skipped; inside a link card only its title is prose, plus its caption: the
// author's own label before the link ("项目地址："), so that a note counts the same
// with cards on or off. A bare link's card title is its URL, which does not count.
// Markup never counts; block boundaries separate words.
import type { AnyNode, Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { cardParts, hasChildren, isBareCard, isBlock, isElement, isNotProse, isText, textRole } from '../post-dom/text-rules';

function collect(node: AnyNode, out: string[]): void {
  if (isText(node)) {
    out.push(node.data);
    return;
  }
  if (!isElement(node)) {
    // The document root holds the note; comments and directives hold no prose.
    if (hasChildren(node) && (node.type as string) === 'root') for (const child of node.children) collect(child, out);
    return;
  }
  if (isNotProse(node)) {
    out.push(' ');
    return;
  }
  const block = isBlock(node);
  if (block) out.push(' ');
  if (textRole(node) === 'card') collectCard(node, out);
  else for (const child of node.children) collect(child, out);
  if (block) out.push(' ');
}

function collectCard(card: Element, out: string[]): void {
  const parts = isBareCard(card) ? cardParts(card, 'caption') : [...cardParts(card, 'caption'), ...cardParts(card, 'title')];
  for (const part of parts) {
    out.push(' ');
    collect(part, out);
    out.push(' ');
  }
}

/** The note's prose as plain text. */
export function proseText($: NoteDom): string {
  const out: string[] = [];
  for (const node of $.root().toArray()) collect(node, out);
  return out.join('');
}
