// Players and media that notes embed from other sites (`<iframe>` of YouTube or
// Bilibili, `<video src="https://…">`, `<embed>`, `<object>`): the site loads
// nothing from another origin, so safe-html would remove the frames and the
// Content-Security-Policy would block the media, and the reader would see
// nothing where the author put a video. Each becomes a link to the video's page
// (players.ts) instead, alone in its paragraph, so it is drawn as a link card.
// Those the site allows in `csp.extra` (frame-src, media-src) stay. Pure.
import { Element, Text, type AnyNode } from 'domhandler';
import { replaceElement } from 'domutils';
import { hasChildren, isElement } from '../post-dom/text-rules';
import { walkNodes } from '../shared/walk';
import { allowedBy } from './allowed';
import { playerPage } from './players';

export interface EmbedSources {
  /** `csp.extra` frame-src: frames from these stay frames. */
  frames: readonly string[];
  /** `csp.extra` media-src: `<video>` / `<audio>` from these stay players. */
  media: readonly string[];
}

/** The sources `csp.extra` (plugins/csp/settings.ts) adds for frames and media. */
export function embedSources(extra: Readonly<Record<string, readonly string[]>>): EmbedSources {
  return { frames: extra['frame-src'] ?? [], media: extra['media-src'] ?? [] };
}

/** One element shown as a link: its tag, where it loaded from, the page it links to. */
export interface LinkedEmbed {
  tag: string;
  /** The address the embed loaded, as its attribute held it (to find it in the note's source). */
  src: string;
  from: string;
  to: string;
}

/** Whether the note's HTML may hold an embed: most notes are not walked at all. */
export function mayHoldEmbeds(html: string): boolean {
  return /<(?:iframe|embed|object|video|audio)\b/i.test(html);
}

/** An address on another site (`//host/…` read as https), or null: relative and script addresses are not links to make. */
export function remoteUrl(value: string | undefined): URL | null {
  const text = (value ?? '').trim();
  if (!/^(?:https?:)?\/\//i.test(text)) return null;
  try {
    return new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return null;
  }
}

/** The sources a `<video>` / `<audio>` plays: its own `src` and its `<source>` children. */
function mediaSources(el: Element): Array<string | undefined> {
  const children = el.children.filter((c): c is Element => isElement(c) && c.name === 'source').map((c) => c.attribs.src);
  return el.attribs.src !== undefined ? [el.attribs.src, ...children] : children;
}

/** Whether an `<iframe>` loads another site's page that `frames` (csp.extra frame-src) allows. */
export function allowedFrame(el: Element, frames: readonly string[]): boolean {
  const url = remoteUrl(el.attribs.src);
  return url !== null && allowedBy(url, frames);
}

interface Blocked {
  src: string;
  url: URL;
}

/** Where an embed loads from, if every source is on another site the site does not allow; else null (kept). */
function blockedSource(el: Element, sources: EmbedSources): Blocked | null {
  if (el.name === 'video' || el.name === 'audio') {
    const srcs = mediaSources(el);
    const urls = srcs.map(remoteUrl);
    if (urls.length === 0 || urls.some((u) => u === null)) return null;
    return urls.every((u) => u !== null && !allowedBy(u, sources.media)) ? { src: srcs[0] ?? '', url: urls[0] as URL } : null;
  }
  if (el.name === 'iframe' && allowedFrame(el, sources.frames)) return null;
  const src = el.name === 'object' ? el.attribs.data : (el.attribs.src ?? el.attribs['data-src']);
  const url = remoteUrl(src);
  return url ? { src: src ?? '', url } : null;
}

const PHRASING_PARENTS = new Set(['p', 'span', 'em', 'strong', 'b', 'i', 'small', 'label', 'sub', 'sup', 'mark', 'figcaption', 'summary', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The link that replaces an embed: in a paragraph of its own where a block may stand, bare text inside a link. */
function linkFor(el: Element, href: string): AnyNode {
  const parent = el.parent && isElement(el.parent) ? el.parent.name : null;
  if (parent === 'a' || parent === 'button') return new Text(href);
  const link = new Element('a', { href }, [new Text(href)]);
  return parent !== null && PHRASING_PARENTS.has(parent) ? link : new Element('p', {}, [link]);
}

/** Replaces the blocked embeds outside code by links; returns what it linked, in document order. */
export function linkEmbeds(nodes: readonly AnyNode[], sources: EmbedSources): LinkedEmbed[] {
  const found: Array<{ el: Element } & Blocked> = [];
  walkNodes(nodes, (node) => {
    if (!isElement(node)) return hasChildren(node);
    if (node.name === 'pre' || node.name === 'code') return false;
    if (!['iframe', 'embed', 'object', 'video', 'audio'].includes(node.name)) return true;
    const blocked = blockedSource(node, sources);
    if (blocked) found.push({ el: node, ...blocked });
    return false;
  });
  return found.map(({ el, src, url }) => {
    const to = el.name === 'iframe' || el.name === 'embed' ? playerPage(url) : url.href;
    replaceElement(el, linkFor(el, to));
    return { tag: el.name, src, from: url.host, to };
  });
}
