// Helpers over the site's notes shared by several features.
import fs from 'node:fs';
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { VendorFlag } from '../fields';
import type { Hexo, SiteLocals } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { findNode } from './walk';

/** Whether any post or page has a derived flag set (e.g. `has_math`). */
export function anyPage(locals: SiteLocals, flag: VendorFlag): boolean {
  const has = (doc: object): boolean => (doc as Partial<Record<VendorFlag, unknown>>)[flag] === true;
  return locals.posts.toArray().some(has) || locals.pages.toArray().some(has);
}

/** Lines of a note's file above its body (the front matter), when the body is the file's tail, so messages give file lines. */
export function bodyLineOffset(raw: unknown, body: string): number {
  if (typeof raw !== 'string' || !raw || !raw.endsWith(body)) return 0;
  return raw.slice(0, raw.length - body.length).split('\n').length - 1;
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)$/;

/**
 * A test for `tag.class` / `.class` selectors, compiled once: the flag is read
 * on every note, and a walk that stops at the first match is much cheaper than
 * a CSS query over the whole note.
 */
export function elementMatcher(selector: string): (el: Element) => boolean {
  const parts = SIMPLE_SELECTOR.exec(selector.trim());
  if (!parts || selector.trim() === '') throw new Error(`vendor file selector must be tag.class or .class, got "${selector}"`);
  const tag = parts[1];
  const classes = (parts[2] ?? '').split('.').filter(Boolean);
  return (el) => {
    if (tag !== undefined && el.tagName !== tag) return false;
    if (classes.length === 0) return true;
    const attr = el.attribs.class;
    // Most elements have no class or an unrelated one: a substring test rejects them without splitting.
    if (attr === undefined || !classes.every((c) => attr.includes(c))) return false;
    const own = attr.split(/\s+/);
    return classes.every((c) => own.includes(c));
  };
}

/** Whether any element among `nodes` or below them matches; stops at the first. */
export function containsMatch(nodes: ChildNode[], matches: (el: Element) => boolean): boolean {
  return findNode(nodes, (node) => isTag(node) && matches(node)) !== undefined;
}

export interface VendorFile {
  /** Path inside the site. */
  path: string;
  /** The file to copy, or the text to write. */
  file?: string;
  text?: string;
}

export interface VendorFeature {
  /** The post field the layout reads, e.g. `has_math`. */
  flag: VendorFlag;
  /** Rendered markup that means the page needs the files: `tag.class`, `.class` (classes may repeat). */
  selector: string;
  /** Names of the reader transform and of the generator. */
  transform: string;
  generator: string;
  files: () => VendorFile[];
}

/**
 * A library served by the site only where it is used: a reader sets the flag on
 * each page holding `selector` (stored with the post, so cached pages keep it),
 * and the files are published only when some page has it.
 */
export function registerVendorFiles(hexo: Hexo, feature: VendorFeature): void {
  const matches = elementMatcher(feature.selector);
  registerPostTransform(hexo, {
    name: feature.transform,
    phase: 'read',
    run($, post) {
      const root = $.root()[0];
      post[feature.flag] = root ? containsMatch(root.children, matches) : false;
    },
  });
  hexo.extend.generator.register(feature.generator, (locals: SiteLocals) => {
    if (!anyPage(locals, feature.flag)) return [];
    return feature.files().map(({ path, file, text }) => ({
      path,
      data: file === undefined ? (text ?? '') : () => fs.createReadStream(file),
    }));
  });
}
