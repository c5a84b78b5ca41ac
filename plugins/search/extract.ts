// The searchable text of one rendered note, split by section: what a reader sees,
// without markup, with code kept apart so that search ranks it below prose.
import type { AnyNode, Element } from 'domhandler';
import { SOFT_WRAP } from '../../shared/search-text';
import type { NoteDom } from '../post-dom/transforms';
import { cardParts, headingText, isBlock, isElement, isHeading, isText, textRole, type TextRole } from '../post-dom/text-rules';
import { walkNodes } from '../shared/walk';

/**
 * One section of a note as stored in the index: `[heading, anchor, prose, code]`.
 * The text before the first heading has an empty heading and anchor. A tuple
 * rather than an object keeps the downloaded index small; `code` is left out
 * when the section has none.
 */
export type IndexSection = [heading: string, anchor: string, prose: string, code?: string];

/** What a code block's text leaves out. */
const NOT_CODE: ReadonlySet<TextRole> = new Set(['hidden', 'permalink', 'math', 'diagram']);

/** Plain text of a code block. */
function plainText(node: AnyNode, out: string[]): void {
  walkNodes([node], (child) => {
    if (isText(child)) {
      out.push(child.data);
      return false;
    }
    if (!isElement(child) || NOT_CODE.has(textRole(child))) return false;
    if (child.name === 'br') out.push('\n');
    return true;
  });
}

/** The <pre> elements inside a code figure, in document order (a walk, not the selector engine). */
function preElements(figure: Element): Element[] {
  const found: Element[] = [];
  walkNodes(figure.children, (node) => {
    if (!isElement(node)) return false;
    if (node.name !== 'pre') return true;
    found.push(node);
    return false;
  });
  return found;
}

/** Marks a block boundary while prose is collected; never part of a note's text. */
const BOUNDARY = '\u0001';
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Prose: soft wraps between CJK characters dropped, whitespace collapsed, one line per block. */
export function cleanProse(text: string): string {
  return text
    .replace(SOFT_WRAP, '')
    .replace(/\s+/g, ' ')
    .split(BOUNDARY)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Code: indentation and blank lines squeezed (a search term never holds whitespace). */
export function cleanCode(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

interface Section {
  heading: string;
  anchor: string;
  prose: string[];
  code: string[];
}

/** Splits a rendered note into sections at its headings. */
export function extractSections($: NoteDom): IndexSection[] {
  const sections: Section[] = [{ heading: '', anchor: '', prose: [], code: [] }];
  let current = sections[0] as Section;

  const codeText = (el: Element): string => {
    // A code figure's caption holds the language label and the copy button; the
    // code itself is in its <pre>. A named file block adds its file name.
    const pres = el.name === 'pre' ? [el] : preElements(el);
    const out: string[] = [];
    const filename = el.attribs['data-filename'];
    if (filename) out.push(filename, '\n');
    for (const pre of pres) {
      plainText(pre, out);
      out.push('\n');
    }
    return out.join('');
  };

  /** What a node adds when it is entered; true to visit its children. */
  const enter = (node: AnyNode): boolean => {
    if (isText(node)) {
      current.prose.push(node.data.replace(CONTROL, ''));
      return false;
    }
    if (!isElement(node)) return false;
    const role = textRole(node);
    if (role === 'code') {
      current.code.push(codeText(node));
      current.prose.push(BOUNDARY);
      return false;
    }
    if (role === 'card') {
      // What the card shows as words: the author's label, the title, the description, the site name.
      current.prose.push(BOUNDARY);
      for (const part of cardParts(node, 'caption', 'title', 'description', 'site')) {
        walkNodes([part], enter, leave);
        current.prose.push(BOUNDARY);
      }
      return false;
    }
    if (role !== 'prose') return false;
    if (isHeading(node)) {
      current = {
        heading: headingText(node),
        // A heading without an id cannot be linked to: its text is found at the
        // closest anchor above it.
        anchor: node.attribs.id ?? current.anchor,
        prose: [],
        code: [],
      };
      sections.push(current);
      return false;
    }
    if (isBlock(node)) current.prose.push(BOUNDARY);
    return true;
  };
  const leave = (node: AnyNode): void => {
    if (isElement(node) && isBlock(node)) current.prose.push(BOUNDARY);
  };
  walkNodes($.root().contents().toArray(), enter, leave);

  const out: IndexSection[] = [];
  for (const section of sections) {
    const prose = cleanProse(section.prose.join(''));
    const code = cleanCode(section.code.join('\n'));
    // The empty lead-in before a note's first heading is not a section.
    if (!section.heading && !prose && !code) continue;
    out.push(code ? [section.heading, section.anchor, prose, code] : [section.heading, section.anchor, prose]);
  }
  return out;
}
