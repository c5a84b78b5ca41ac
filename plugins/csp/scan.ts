// What the policy of one finished page depends on, read with htmlparser2's
// Tokenizer (the state machine under its Parser): the inline scripts the
// browser would run, the origins of remote images, any policy <meta> already in
// the head, and where ours goes. The Tokenizer reports offsets, so only tag
// names and the few attribute values read here become strings: the Parser
// would slice every text node and attribute of every page, which made this
// scan the costliest step of a build. No tree, so no depth limit.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { IGNORE_TOKENS } from '../shared/tokenizer';

export interface PageScan {
  /**
   * Text of each inline script the browser executes, in page order, outside a
   * note's content: a script that reaches a note (a miss of safe-html) must stay
   * blocked, not be allowed by its own hash.
   */
  scripts: string[];
  /** `https://host[:port]` of every remote image, sorted, once each. */
  imageOrigins: string[];
  /** [start, end) of each policy <meta> in the head, to be replaced. */
  policyMetas: Array<[number, number]>;
  /** Where the policy <meta> is inserted, or -1 when the page has no <head>. */
  insertAt: number;
}

/**
 * Script types the browser executes (and CSP governs): classic (no type, a
 * JavaScript MIME type), module, import maps, speculation rules. Any other type
 * (application/json, application/ld+json: the UI strings, OpenGraph / JSON-LD
 * data) is a data block the browser never runs, so it needs no hash.
 */
export function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  if (t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules') return true;
  return /^(?:text|application)\/(?:x-)?(?:java|ecma)script$|^text\/(?:jscript|livescript)$|^text\/javascript1\.[0-5]$/.test(t);
}

/** The layout's element around a note's (or page's) rendered content (themes/notes/layout). */
const NOTE_CONTENT = /(?:^|\s)note-body(?:\s|$)/;

/** The attributes read here; every other attribute value stays unread. */
const READ = new Set(['src', 'srcset', 'type', 'class', 'http-equiv', 'charset']);
/** Their lengths: an attribute name of another length is not even sliced (a page has thousands). */
const READ_LENGTHS = new Set([...READ].map((name) => name.length));

function originOf(src: string): string | null {
  if (!/^https?:\/\//i.test(src.trim())) return null;
  try {
    return new URL(src.trim()).origin;
  } catch {
    return null;
  }
}

/** The URLs of an img's `src` and of every candidate of a `srcset`. */
function imageUrls(name: string, attribs: ReadonlyMap<string, string>): string[] {
  const urls: string[] = [];
  const src = attribs.get('src');
  const srcset = attribs.get('srcset');
  if (name === 'img' && src) urls.push(src);
  if ((name === 'img' || name === 'source') && srcset) {
    for (const candidate of srcset.split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return urls;
}

/** One open tag as the Tokenizer reports it, its read attributes decoded. */
interface OpenTag {
  name: string;
  start: number;
  attribs: Map<string, string>;
}

/** The page's state as its tags go by; `open` and `close` get each tag once. */
class PageReader {
  readonly scripts: string[] = [];
  readonly origins = new Set<string>();
  readonly policyMetas: Array<[number, number]> = [];
  insertAt = -1;
  private inHead = false;
  private headSeen = false;
  /** Only a charset declaration so far in the head: ours may follow it. */
  private onlyCharset = false;
  private scriptStart = -1;
  /**
   * The element around a note's content, by name, and how many elements of
   * that name are open inside it. Counting only that name is exact for the
   * layout's <div> (never void, its end tag never implied) and errs towards
   * "inside" for any other, so a note's script is never hashed.
   */
  private noteTag = '';
  private noteDepth = 0;

  constructor(private readonly html: string) {}

  open(tag: OpenTag, end: number): void {
    const { name, attribs } = tag;
    if (name === 'head' && !this.headSeen) {
      this.headSeen = this.inHead = this.onlyCharset = true;
      this.insertAt = end;
    } else if (this.inHead && name === 'meta' && (attribs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy') {
      this.policyMetas.push([tag.start, end]);
    } else if (this.inHead && name === 'meta' && attribs.has('charset') && this.onlyCharset) {
      // The charset declaration stays first (it must be in the first 1,024 bytes).
      this.insertAt = end;
    } else {
      this.onlyCharset = false;
    }
    if (this.noteDepth > 0 && name === this.noteTag) this.noteDepth += 1;
    else if (this.noteDepth === 0 && NOTE_CONTENT.test(attribs.get('class') ?? '')) {
      this.noteTag = name;
      this.noteDepth = 1;
    }
    if (name === 'script' && this.noteDepth === 0 && !attribs.get('src') && isExecutable(attribs.get('type'))) this.scriptStart = end;
    if (name !== 'img' && name !== 'source') return;
    for (const url of imageUrls(name, attribs)) {
      const origin = originOf(url);
      if (origin) this.origins.add(origin);
    }
  }

  close(name: string, start: number): void {
    if (this.noteDepth > 0 && name === this.noteTag) this.noteDepth -= 1;
    if (name === 'head') this.inHead = false;
    if (name === 'script' && this.scriptStart >= 0) {
      this.scripts.push(this.html.slice(this.scriptStart, start));
      this.scriptStart = -1;
    }
  }
}

/** Tokenizer callbacks that assemble open tags and hand them to the reader. */
function callbacks(html: string, reader: PageReader): TokenizerCallbacks {
  let tag: OpenTag | null = null;
  // One map for every tag: the reader reads a tag's attributes while it opens and keeps none of them.
  const attribs = new Map<string, string>();
  let attribName = '';
  let attribValue = '';
  const endOpen = (endIndex: number): void => {
    if (tag) reader.open(tag, endIndex + 1);
    tag = null;
  };
  return {
    ...IGNORE_TOKENS,
    onopentagname(start, endIndex) {
      attribs.clear();
      tag = { name: html.slice(start, endIndex).toLowerCase(), start: start - 1, attribs };
    },
    onattribname(start, endIndex) {
      attribName = READ_LENGTHS.has(endIndex - start) ? html.slice(start, endIndex).toLowerCase() : '';
      attribValue = '';
    },
    onattribdata(start, endIndex) {
      if (READ.has(attribName)) attribValue += html.slice(start, endIndex);
    },
    onattribentity(codepoint) {
      if (READ.has(attribName)) attribValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      // The first of a repeated attribute counts, as in the browser.
      if (tag && READ.has(attribName) && !tag.attribs.has(attribName)) tag.attribs.set(attribName, attribValue);
    },
    onopentagend: endOpen,
    onselfclosingtag(endIndex) {
      const name = tag?.name;
      endOpen(endIndex);
      // The Tokenizer reads no script text after `<script/>` (an SVG script closed at once): an empty script.
      if (name === 'script') reader.close(name, endIndex + 1);
    },
    onclosetag(start, endIndex) {
      // `</` comes two characters before the name.
      reader.close(html.slice(start, endIndex).toLowerCase(), start - 2);
    },
  };
}

export function scanPage(html: string): PageScan {
  const reader = new PageReader(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks(html, reader));
  tokenizer.write(html);
  tokenizer.end();
  return { scripts: reader.scripts, imageOrigins: [...reader.origins].sort(), policyMetas: reader.policyMetas, insertAt: reader.insertAt };
}
