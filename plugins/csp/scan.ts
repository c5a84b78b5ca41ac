// What the policy of one finished page depends on, read with htmlparser2's
// streaming tokenizer (no tree, so no depth limit and one pass over the page):
// the inline scripts the browser would run, the origins of remote images, any
// policy <meta> already in the head, and where ours goes.
import { Parser } from 'htmlparser2';

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

function originOf(src: string): string | null {
  if (!/^https?:\/\//i.test(src.trim())) return null;
  try {
    return new URL(src.trim()).origin;
  } catch {
    return null;
  }
}

/** The URLs of an img's `src` and of every candidate of a `srcset`. */
function imageUrls(name: string, attribs: Record<string, string>): string[] {
  const urls: string[] = [];
  if (name === 'img' && attribs.src) urls.push(attribs.src);
  if ((name === 'img' || name === 'source') && attribs.srcset) {
    for (const candidate of attribs.srcset.split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return urls;
}

export function scanPage(html: string): PageScan {
  const scripts: string[] = [];
  const origins = new Set<string>();
  const policyMetas: Array<[number, number]> = [];
  let insertAt = -1;
  let inHead = false;
  let headSeen = false;
  let scriptStart = -1;
  /** Only a charset declaration so far in the head: ours may follow it. */
  let onlyCharset = false;
  /** Open elements since the note's content began (0: outside it). */
  let inNote = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const end = parser.endIndex + 1;
        if (name === 'head' && !headSeen) {
          headSeen = inHead = onlyCharset = true;
          insertAt = end;
        } else if (inHead && name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') {
          policyMetas.push([parser.startIndex, end]);
        } else if (inHead && name === 'meta' && attribs.charset !== undefined && onlyCharset) {
          // The charset declaration stays first (it must be in the first 1,024 bytes).
          insertAt = end;
        } else {
          onlyCharset = false;
        }
        if (inNote > 0 || NOTE_CONTENT.test(attribs.class ?? '')) inNote += 1;
        if (name === 'script' && inNote === 0 && !attribs.src && isExecutable(attribs.type)) scriptStart = end;
        for (const url of imageUrls(name, attribs)) {
          const origin = originOf(url);
          if (origin) origins.add(origin);
        }
      },
      onclosetag(name) {
        if (inNote > 0) inNote -= 1;
        if (name === 'head') inHead = false;
        if (name === 'script' && scriptStart >= 0) {
          scripts.push(html.slice(scriptStart, parser.startIndex));
          scriptStart = -1;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { scripts, imageOrigins: [...origins].sort(), policyMetas, insertAt };
}
