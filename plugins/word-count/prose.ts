// The prose of a rendered note, as the word count reads it (plugins/post-dom/text-rules.ts
// says what each element is): code, math, diagrams, permalinks and hidden elements
// are skipped; inside a link card only its title is prose, plus its caption: the
// author's own label before the link ("项目地址："), so that a note counts the same
// with cards on or off. A bare link's card title is its URL, which does not count.
// Markup never counts; block boundaries separate words.
import type { AnyNode, Element } from 'domhandler';
import type { NoteDom } from '../post-dom/transforms';
import { walkNodes } from '../shared/walk';
import { cardParts, hasChildren, isBareCard, isBlock, isElement, isNotProse, isText, textRole } from '../post-dom/text-rules';

function collect(nodes: readonly AnyNode[], out: string[]): void {
  walkNodes(
    nodes,
    (node) => {
      if (isText(node)) {
        out.push(node.data);
        return false;
      }
      // The document root holds the note; comments and directives hold no prose.
      if (!isElement(node)) return hasChildren(node) && (node.type as string) === 'root';
      if (isNotProse(node)) {
        out.push(' ');
        return false;
      }
      if (isBlock(node)) out.push(' ');
      if (textRole(node) !== 'card') return true;
      collectCard(node, out);
      if (isBlock(node)) out.push(' ');
      return false;
    },
    (node) => {
      if (isElement(node) && isBlock(node)) out.push(' ');
    },
  );
}

function collectCard(card: Element, out: string[]): void {
  const parts = isBareCard(card) ? cardParts(card, 'caption') : [...cardParts(card, 'caption'), ...cardParts(card, 'title')];
  for (const part of parts) {
    out.push(' ');
    collect([part], out);
    out.push(' ');
  }
}

/** The note's prose as plain text. */
export function proseText($: NoteDom): string {
  const out: string[] = [];
  collect($.root().toArray(), out);
  return out.join('');
}
