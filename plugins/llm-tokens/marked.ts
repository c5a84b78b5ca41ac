// How marked shows a note's token tags as text. marked passes raw HTML through
// as `html` tokens, so `<think>` reaches the page as an element the reader never
// sees; code spans, fences, formulas and diagrams are never `html` tokens (Hexo
// and plugins/math, plugins/mermaid set them aside as comments or placeholders
// first), so nothing here can touch them.
import type { MarkedExtension } from 'marked';
import { isMarkupName } from './elements';
import { TokenTagEscaper } from './escape';

/** A line that starts with a tag (CommonMark's tag-name grammar), up to three spaces in. */
const TAG_LINE = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)/;

/**
 * What marked.use() takes for one document (the escaper follows `<svg>` /
 * `<math>` through the document's pieces of HTML).
 *
 * A line holding only `<think>` would open an HTML block (CommonMark's kind 7):
 * everything up to the next blank line passed through as raw HTML, its Markdown
 * unread. A token is not HTML, so the tokenizer finds no HTML block there and
 * marked reads the lines as a paragraph like any other (in a tight list item,
 * its text); the renderer then shows each token tag, inline or in an HTML
 * block, as text.
 */
export function tokenMarkedExtension(): MarkedExtension {
  const escaper = new TokenTagEscaper();
  return {
    tokenizer: {
      html(src) {
        const name = TAG_LINE.exec(src)?.[1];
        // undefined: no HTML block here; false: marked's own tokenizer decides.
        return name !== undefined && !isMarkupName(name) ? undefined : false;
      },
    },
    renderer: {
      html({ text }) {
        const escaped = escaper.escape(text);
        return escaped === text ? false : escaped;
      },
    },
  };
}
