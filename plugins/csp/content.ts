// A note's content, marked in the page by the layout (the `note_content` helper),
// so that the policy's scan does not tokenize it with the rest of the page: a
// note of 20,000 formulas is 20 MB of KaTeX markup inside a page of a few
// kilobytes. The marks are HTML comments holding a nonce made per process, which
// no note can know (and so cannot write to move the end of its content); the
// policy step removes them. What the content adds to the policy is read apart:
// its scripts are never hashed (one that slipped past safe-html stays blocked)
// and its remote images are found by the same scan, run only when the content
// has an <img> or a <source> at all.
import { scanPage } from './scan';

export interface ContentMarks {
  open: string;
  close: string;
}

export function contentMarks(nonce: string): ContentMarks {
  return { open: `<!--note-content ${nonce}-->`, close: `<!--/note-content ${nonce}-->` };
}

/** The content as the layout writes it: between the marks. */
export function markContent(content: string, marks: ContentMarks): string {
  return `${marks.open}${content}${marks.close}`;
}

export interface MarkedContent {
  /** Where the content was in `outside`. */
  at: number;
  html: string;
}

export interface SplitPage {
  /** The page without its marked contents and without the marks. */
  outside: string;
  contents: MarkedContent[];
}

/** The page apart from the contents marked in it; a mark without its close is only removed. */
export function splitContents(html: string, marks: ContentMarks): SplitPage {
  const pieces: string[] = [];
  const contents: MarkedContent[] = [];
  let length = 0;
  let from = 0;
  for (let open = html.indexOf(marks.open); open >= 0; open = html.indexOf(marks.open, from)) {
    pieces.push(html.slice(from, open));
    length += open - from;
    const start = open + marks.open.length;
    const close = html.indexOf(marks.close, start);
    if (close < 0) {
      from = start;
      break;
    }
    contents.push({ at: length, html: html.slice(start, close) });
    from = close + marks.close.length;
  }
  pieces.push(html.slice(from));
  return { outside: pieces.join(''), contents };
}

/**
 * An img or source tag up to its first `>`, and what a remote URL in it needs:
 * a scheme as written, a colon as `&colon;`, or a numeric character reference
 * that could spell either. Most notes' images are the site's own, and their
 * content is then not tokenized at all. A tag cut short by a `>` inside a
 * quoted attribute can hide its URL from this check: that image is then left
 * out of the policy and blocked, never a script let through.
 */
const IMAGE_TAG = /<(?:img|source)\b[^>]*/gi;
const REMOTE_URL = /https?(?::|&colon;)|&#/i;

function mayHaveRemoteImage(html: string): boolean {
  for (const [tag] of html.matchAll(IMAGE_TAG)) if (REMOTE_URL.test(tag)) return true;
  return false;
}

/** The origins of the remote images in a note's content, as scanPage finds them in the page. */
export function contentImageOrigins(html: string): string[] {
  return mayHaveRemoteImage(html) ? scanPage(html).imageOrigins : [];
}
