// Which tag names a browser's HTML parser makes an element of in a note's prose.
// Every other name written as a tag (`<think>`, `<eos>`, `<begin>`) is a model's
// special token the author meant to show.
import { htmlTagNames } from 'html-tag-names';
import { ACTIVE } from '../safe-html/sanitize';

// html-tag-names lists every name the HTML standard knows, obsolete ones
// (`<center>`, `<font>`) included. `image` is there only because the parser
// renames it to `img`: in a note it is always the multimodal token.
const HTML = new Set(htmlTagNames.filter((name) => name !== 'image'));

/**
 * Whether `<name>` outside SVG and MathML is markup: an HTML element, a custom
 * element (its name has a hyphen), or one safe-html removes with a warning
 * (shown as text it would need none). SVG and MathML names (`<mask>`, `<mi>`)
 * are elements only inside `<svg>` / `<math>`; elsewhere the parser makes an
 * unknown element of them that shows nothing.
 */
export function isMarkupName(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML.has(lower) || ACTIVE.has(lower) || lower.includes('-');
}

/** Elements whose content is SVG or MathML, where every name is left to the browser. */
export function isForeignRoot(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'svg' || lower === 'math';
}
