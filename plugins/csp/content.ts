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

/** No tag named img or source can start without one of these (tag names are ASCII, any case). */
const IMAGE_TAG = /<(?:img|source)/i;

/** The origins of the remote images in a note's content, as scanPage finds them in the page. */
export function contentImageOrigins(html: string): string[] {
  return IMAGE_TAG.test(html) ? scanPage(html).imageOrigins : [];
}
