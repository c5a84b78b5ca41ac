// Every feature that reads or rewrites a rendered note does it through one parse
// of the note's HTML per build: features register transforms, the after_post_render
// filter parses once, runs them in priority order and serialises once.
import type * as Cheerio from 'cheerio/slim';
import type { PostData } from '../hexo';

export type NoteDom = Cheerio.CheerioAPI;

let cheerioModule: typeof Cheerio | undefined;

/**
 * cheerio/slim: htmlparser2 only (what parseNoteHtml asks for), without parse5
 * and undici; loaded with the first note, so `hexo clean` does not pay for it.
 */
function cheerio(): typeof Cheerio {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  cheerioModule ??= require('cheerio/slim') as typeof Cheerio;
  return cheerioModule;
}

export interface PostTransform {
  /** Named in error messages. */
  name: string;
  /** Lower runs first; default 10. */
  priority?: number;
  /** Reads or changes the DOM; may set derived fields on `post` (they are saved with it). */
  run(dom: NoteDom, post: PostData): void;
}

export interface TransformFailure {
  name: string;
  error: unknown;
}

/** htmlparser2 (fast, lenient) rather than parse5; text stays UTF-8 on output. */
export function parseNoteHtml(html: string): NoteDom {
  // cheerio's types omit htmlparser2's `encodeEntities`, which keeps CJK text
  // as UTF-8 instead of numeric entities on output.
  const options = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } } as Cheerio.CheerioOptions;
  return cheerio().load(html, options, false);
}

export function sortTransforms(transforms: readonly PostTransform[]): PostTransform[] {
  return [...transforms].sort((a, b) => (a.priority ?? 10) - (b.priority ?? 10));
}

/**
 * Runs the transforms over one note. A transform that throws is reported and
 * skipped; the others still run and the note is still written.
 */
export function applyTransforms(
  post: PostData,
  transforms: readonly PostTransform[],
): { html: string; failures: TransformFailure[] } {
  const dom = parseNoteHtml(post.content);
  const failures: TransformFailure[] = [];
  for (const transform of transforms) {
    try {
      transform.run(dom, post);
    } catch (error) {
      failures.push({ name: transform.name, error });
    }
  }
  return { html: dom.html(), failures };
}
