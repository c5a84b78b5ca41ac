// Every feature that reads or rewrites a rendered note does it through one parse
// of the note's HTML per build: features register transforms, the after_post_render
// filter parses once, runs the writers in their order (plugins/pipeline.ts WRITE),
// then every reader, and serialises once.
import type * as Cheerio from 'cheerio/slim';
import type { AnyNode, ParentNode } from 'domhandler';
import type { PostData } from '../hexo';
import { lazyRequire } from '../shared/lazy';
import { serializeChildren, serializeNodes } from './serialize';

export type NoteDom = Cheerio.CheerioAPI;

/**
 * cheerio/slim: htmlparser2 only (what parseNoteHtml asks for), without parse5
 * and undici; loaded with the first note, so `hexo clean` does not pay for it.
 */
const cheerio = lazyRequire<typeof Cheerio>('cheerio/slim');

interface TransformBase {
  /** Named in error messages. */
  name: string;
  /** May set derived fields on `post` (they are saved with it). */
  run(dom: NoteDom, post: PostData): void;
}

/** Changes the DOM. Writers run in `order` (a constant of plugins/pipeline.ts WRITE), lowest first. */
export interface WriterTransform extends TransformBase {
  phase: 'write';
  order: number;
}

/** Only reads the DOM: runs after every writer, so it sees the final markup. */
export interface ReaderTransform extends TransformBase {
  phase: 'read';
}

export type PostTransform = WriterTransform | ReaderTransform;

export interface TransformFailure {
  name: string;
  error: unknown;
}

/** htmlparser2's options, for parsing and for writing the note back. */
const HTMLPARSER2 = { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } as const;

/** htmlparser2 (fast, lenient) rather than parse5; text stays UTF-8 on output. */
export function parseNoteHtml(html: string): NoteDom {
  // cheerio's types omit htmlparser2's `encodeEntities`, which keeps CJK text
  // as UTF-8 instead of numeric entities on output.
  const options = { xml: HTMLPARSER2 } as Cheerio.CheerioOptions;
  return cheerio().load(html, options, false);
}

/** The DOM as cheerio's html() writes it, without recursing once per level (serialize.ts). */
export function noteHtml(dom: NoteDom): string {
  return serializeChildren(dom.root()[0] as ParentNode, HTMLPARSER2);
}

/** Some of the DOM's nodes (siblings), as noteHtml writes them: a part of the note, without writing it all. */
export function nodesHtml(nodes: readonly AnyNode[]): string {
  return serializeNodes(nodes, HTMLPARSER2);
}

/**
 * Writers by their order, then readers. Readers must not depend on each other;
 * they run by name so that the order never depends on which feature registered first.
 */
export function sortTransforms(transforms: readonly PostTransform[]): PostTransform[] {
  const writers = transforms.filter((t): t is WriterTransform => t.phase === 'write');
  const orders = new Map<number, string>();
  for (const writer of writers) {
    const other = orders.get(writer.order);
    if (other !== undefined) throw new Error(`post-dom: writers ${other} and ${writer.name} share order ${writer.order} (plugins/pipeline.ts WRITE)`);
    orders.set(writer.order, writer.name);
  }
  const readers = transforms.filter((t) => t.phase === 'read');
  return [...writers.sort((a, b) => a.order - b.order), ...readers.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))];
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
  return { html: noteHtml(dom), failures };
}
