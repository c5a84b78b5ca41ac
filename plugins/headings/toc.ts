// The table of contents: the note's headings between two levels, nested.
import { LAYOUT_ID } from '../../shared/layout';
import { escapeHtml } from '../shared/html';
import type { TocEntry } from './ids';

/** The id of the list the narrow-screen toggle shows and hides (a layout id: no heading takes it). */
const TOC_BODY_ID = LAYOUT_ID.tocBody;

export interface TocNode {
  id: string;
  text: string;
  children: TocNode[];
}

export interface TocDepth {
  min: number;
  max: number;
}

/**
 * Nests the entries between depth.min and depth.max. A skipped level (h2 then h4)
 * nests directly under the previous heading rather than under an empty item.
 */
export function buildToc(entries: readonly TocEntry[], depth: TocDepth): TocNode[] {
  const root: TocNode[] = [];
  const stack: { level: number; node: TocNode }[] = [];
  for (const entry of entries) {
    if (entry.level < depth.min || entry.level > depth.max || !entry.text) continue;
    const node: TocNode = { id: entry.id, text: entry.text, children: [] };
    while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : root).push(node);
    stack.push({ level: entry.level, node });
  }
  return root;
}

/** Reads the depth from the theme config, falling back to h2–h4 on nonsense. */
export function tocDepth(config: unknown): TocDepth {
  const c = (typeof config === 'object' && config !== null ? config : {}) as Record<string, unknown>;
  const level = (v: unknown, fallback: number): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 6 ? v : fallback;
  const min = level(c.min_depth, 2);
  const max = level(c.max_depth, 4);
  return min <= max ? { min, max } : { min: 2, max: 4 };
}

function renderList(nodes: readonly TocNode[], nested: boolean): string {
  const items = nodes
    .map((n) => {
      const sub = n.children.length ? renderList(n.children, true) : '';
      return `<li><a href="#${escapeHtml(n.id)}" data-toc-link>${escapeHtml(n.text)}</a>${sub}</li>`;
    })
    .join('');
  return `<ol class="${nested ? 'toc-sublist' : 'toc-list'}">${items}</ol>`;
}

export interface TocLabels {
  /** Heading above the list and the navigation landmark's name. */
  title: string;
}

/** The <nav class="toc">, or '' when there is nothing to list (never an empty box). */
export function renderToc(nodes: readonly TocNode[], labels: TocLabels): string {
  if (nodes.length === 0) return '';
  const title = escapeHtml(labels.title);
  return (
    `<nav class="toc" aria-label="${title}" data-toc>` +
    `<button type="button" class="toc-toggle" aria-expanded="false" aria-controls="${TOC_BODY_ID}" data-toc-toggle>${title}</button>` +
    `<p class="toc-title">${title}</p>` +
    `<div class="toc-body" id="${TOC_BODY_ID}" data-toc-body>${renderList(nodes, false)}</div>` +
    `</nav>`
  );
}
