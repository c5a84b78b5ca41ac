import { full_url_for, url_for } from 'hexo-util';
import type { Hexo, PostData } from '../hexo';
import { uiString } from '../shared/i18n';
import { llmsFull, llmsTxt, markdownBody, type MachineNote } from './text';

interface NoteDoc extends PostData {
  path: string;
  published?: boolean;
  indexing?: unknown;
  description?: unknown;
  tags: { map<T>(fn: (tag: { name: string }) => T): T[] };
}

const summaryOf = (doc: NoteDoc): string => {
  const own = typeof doc.description === 'string' ? doc.description.trim() : '';
  return own || (typeof doc.summary_line === 'string' ? doc.summary_line : '');
};

/** Drafts and `indexing: false` notes are left out of every machine-readable copy. */
const published = (doc: NoteDoc): boolean => doc.published !== false && doc.indexing !== false && typeof doc.raw === 'string';

export default function register(hexo: Hexo): void {
  const absolute = (path: string): string => full_url_for.call(hexo, path);
  const machineNote = (doc: NoteDoc): MachineNote => ({
    title: typeof doc.title === 'string' || typeof doc.title === 'number' ? String(doc.title) : '',
    url: absolute(doc.path),
    markdownUrl: absolute(`${doc.path}index.md`),
    // The note's own description: first, as its sharing tags read it; else its excerpt line.
    summary: summaryOf(doc),
    group: doc.tags.map((tag) => tag.name)[0] ?? null,
    raw: doc.raw ?? '',
  });

  hexo.extend.generator.register('llms', (locals) => {
    const docs = (locals.posts.sort('-date source').toArray() as unknown as NoteDoc[]).filter(published);
    const site = { title: String(hexo.config.title), description: String(hexo.config.description ?? ''), otherGroup: uiString(hexo, 'llms_other'), notes: docs.map(machineNote) };
    return [
      { path: 'llms.txt', data: () => llmsTxt(site) },
      { path: 'llms-full.txt', data: () => llmsFull(site) },
      ...docs.map((doc) => ({ path: `${doc.path}index.md`, data: () => markdownBody(doc.raw ?? '') })),
    ];
  });

  // The head's <link rel="alternate"> and the copy button take the note's Markdown URL; '' where there is none.
  hexo.extend.helper.register('markdown_url', (page: NoteDoc) =>
    typeof page.source === 'string' && page.source.startsWith('_posts/') && published(page) ? url_for.call(hexo, `${page.path}index.md`) : '',
  );
}
