// The markup of a note's images, on the parsed note: each `img` gets its local
// source, width and height, eager or lazy loading, a WebP <picture> where there
// is a copy and the zoom hook; an image alone in its paragraph becomes a figure
// with its caption. What an image resolves to is asked of `resolve`.
import { Element, isComment, isTag, isText, Text, type AnyNode, type ParentNode } from 'domhandler';
import { appendChild, prepend, removeElement, replaceElement } from 'domutils';
import type { NoteDom } from '../post-dom/transforms';
import { walkNodes } from '../shared/walk';

export interface ResolvedImage {
  /** The src the page uses, when it differs from the one written. */
  src?: string;
  width?: number;
  height?: number;
  /** Site path of a WebP copy. */
  webp?: string;
}

export interface MarkupOptions {
  /** What the build knows of a src (called once per `img`, in document order). */
  resolve(src: string): ResolvedImage;
  /** A `srcset` with stored copies in place of remote URLs. */
  srcset(value: string): string;
  captionFromAlt: boolean;
  /** An image with no address (`![说明]()`, `<img src="">`, `{% img %}` without one): told its alt text. */
  noAddress(alt: string): void;
}

/** Alt text that reads as a caption whatever the setting: `图 1：…`, `表 2 …`, `Figure 3: …`, `Fig. 4. …`. */
const CAPTION_LIKE = /^(?:图|表|figure|fig\.?|table)\s*[\d一二三四五六七八九十]+(?:[.\-–]\d+)*\s*(?:[:：.．、]|\s)/iu;
/** Alt text editors fill in that is no caption: a file name, `image`, `image-20230101…`, `图片`. */
const NOT_A_CAPTION = /^(?:image|img|pic|picture|screenshot|图片|截图)?[-_ ]?\d*$|\.(?:png|jpe?g|gif|webp|avif|svg|bmp)$/iu;

export function captionOf(title: string | undefined, alt: string | undefined, captionFromAlt: boolean): string | null {
  const t = title?.trim();
  if (t) return t;
  const a = alt?.replace(/\s+/g, ' ').trim();
  if (!a) return null;
  if (CAPTION_LIKE.test(a)) return a;
  return captionFromAlt && !NOT_A_CAPTION.test(a) ? a : null;
}

const isBlank = (node: AnyNode): boolean => isComment(node) || (isText(node) && node.data.trim() === '');

/** The image with the <picture> and link around it (each holding nothing else). */
function imageBox(img: Element): Element {
  let box: Element = img;
  const picture = img.parent;
  if (picture && isTag(picture) && picture.tagName === 'picture') box = picture;
  const link = box.parent;
  if (link && isTag(link) && link.tagName === 'a' && link.children.every((n) => n === box || isBlank(n))) box = link;
  return box;
}

/** Blank text with a line break, or nothing: the edge of an HTML block. */
const blockEdge = (node: AnyNode | null): boolean => !node || (isText(node) && node.data.trim() === '' && node.data.includes('\n'));

/**
 * What a figure replaces: the paragraph the image is alone in, or the image itself
 * when it is an HTML block of its own at the note's top level (`{% asset_img %}`,
 * a raw <img> line); null for an image among text.
 */
function figureTarget(img: Element): Element | null {
  const box = imageBox(img);
  const parent = box.parent;
  if (parent && isTag(parent)) {
    if (parent.tagName !== 'p') return null;
    return parent.children.every((n) => n === box || isBlank(n)) ? parent : null;
  }
  return blockEdge(box.prev) && blockEdge(box.next) ? box : null;
}

// The nodes are changed in place (domhandler, domutils) rather than through
// cheerio: a wrapper per call and a parse per inserted snippet cost more than the
// rest of this transform on an image-heavy site.

function setSize(img: Element, found: ResolvedImage): void {
  const { width, height } = found;
  if (!width || !height) return;
  const w = Number(img.attribs.width);
  const h = Number(img.attribs.height);
  if (w > 0 && h > 0) return;
  // An author's own width (or height) keeps the real aspect ratio.
  if (w > 0) img.attribs.height = String(Math.round((w * height) / width));
  else if (h > 0) img.attribs.width = String(Math.round((h * width) / height));
  else Object.assign(img.attribs, { width: String(width), height: String(height) });
}

function setLoading(img: Element, first: boolean): void {
  if (first) {
    img.attribs.loading = 'eager';
    delete img.attribs.decoding;
  } else {
    Object.assign(img.attribs, { loading: 'lazy', decoding: 'async' });
  }
}

function wrapWebp(img: Element, webp: string | undefined): void {
  const parent = img.parent;
  if (!webp || img.attribs.srcset !== undefined || (parent && isTag(parent) && parent.tagName === 'picture')) return;
  const picture = new Element('picture', {});
  prepend(img, picture);
  appendChild(picture, new Element('source', { type: 'image/webp', srcset: webp }));
  appendChild(picture, img);
}

function makeFigure(img: Element, captionFromAlt: boolean): void {
  const target = figureTarget(img);
  if (!target) return;
  const caption = captionOf(img.attribs.title, img.attribs.alt, captionFromAlt);
  const figure = new Element('figure', { class: 'note-figure' });
  prepend(target, figure);
  if (target.tagName === 'p') {
    for (const child of [...target.children]) appendChild(figure, child);
    removeElement(target);
  } else appendChild(figure, target);
  if (caption) appendChild(figure, new Element('figcaption', {}, [new Text(caption)]));
}

interface NoteImage {
  img: Element;
  /** Inside a link: the link is what a click does, so no zoom. */
  linked: boolean;
}

/**
 * The note's images outside code (in document order) and its `<source srcset>`
 * elements inside a <picture>, in one walk: selectors would walk the whole
 * note once each, and most notes have no image at all.
 */
function findImages(root: ParentNode): { images: NoteImage[]; sources: Element[] } {
  const images: NoteImage[] = [];
  const sources: Element[] = [];
  let inCode = 0;
  let inLink = 0;
  const counts = (el: Element, by: number): void => {
    if (el.tagName === 'pre' || el.tagName === 'code') inCode += by;
    else if (el.tagName === 'a') inLink += by;
  };
  walkNodes(root.children, (node) => {
    if (!isTag(node)) return false;
    if (node.tagName === 'img' && inCode === 0) images.push({ img: node, linked: inLink > 0 });
    else if (node.tagName === 'source' && node.attribs.srcset !== undefined && node.parent && isTag(node.parent) && node.parent.tagName === 'picture') sources.push(node);
    counts(node, 1);
    return true;
  }, (node) => counts(node as Element, -1));
  return { images, sources };
}

/**
 * An image with no address loads nothing and is invalid HTML: its alt text
 * stands in its place (a paragraph left empty goes too).
 */
function replaceByAlt(img: Element): string {
  const alt = (img.attribs.alt ?? img.attribs.title ?? '').trim();
  const picture = img.parent && isTag(img.parent) && img.parent.tagName === 'picture' ? img.parent : null;
  const target = picture ?? img;
  const parent = target.parent;
  if (alt) replaceElement(target, new Text(alt));
  else removeElement(target);
  if (parent && isTag(parent) && parent.tagName === 'p' && parent.children.every((n) => isText(n) && !n.data.trim())) removeElement(parent);
  return alt;
}

/** Where lazy-loading scripts keep the real address (WeChat, Zhihu, jQuery lazyload, lazysizes): no script of theirs runs here. */
const LAZY_SOURCES = ['data-original', 'data-actualsrc', 'data-src', 'data-lazy-src'];

/** A src that only holds a lazy-loader's placeholder until its script runs: none, blank, or an inline data: image. */
const isPlaceholder = (src: string | undefined): boolean => !src?.trim() || /^\s*data:/i.test(src);

/** Pasted HTML of pages with lazy-loading: the real address becomes the src, the loader's attributes go. */
function unlazy(img: Element): void {
  const real = LAZY_SOURCES.map((name) => img.attribs[name]?.trim()).find((value) => value && !/^data:/i.test(value));
  if (!real || !isPlaceholder(img.attribs.src)) return;
  img.attribs.src = real;
  for (const name of LAZY_SOURCES) delete img.attribs[name];
}

export function rewriteImages($: NoteDom, options: MarkupOptions): void {
  const found = findImages($.root()[0] as ParentNode);
  for (const { img } of found.images) unlazy(img);
  const images = found.images.filter(({ img }) => {
    if ((img.attribs.src ?? '').trim()) return true;
    options.noAddress(replaceByAlt(img));
    return false;
  });
  const { sources } = found;
  images.forEach(({ img, linked }, index) => {
    const src = img.attribs.src ?? '';
    // Hexo's img and asset_img tags write their text as the title only: it is the image's text alternative too.
    // A raw <img> with neither gets an empty one, as Markdown's `![](x.png)` does (HTML requires the attribute).
    if (img.attribs.alt === undefined) img.attribs.alt = img.attribs.title ?? '';
    const found = src ? options.resolve(src) : {};
    if (found.src) img.attribs.src = found.src;
    if (img.attribs.srcset) img.attribs.srcset = options.srcset(img.attribs.srcset);
    setSize(img, found);
    setLoading(img, index === 0);
    if (!linked) img.attribs['data-zoom'] = '';
    wrapWebp(img, found.webp);
    makeFigure(img, options.captionFromAlt);
  });
  // The sources that were there before: wrapWebp's own already name local copies.
  for (const source of sources) source.attribs.srcset = options.srcset(source.attribs.srcset ?? '');
}
