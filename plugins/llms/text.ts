// The site as text for language models: /llms.txt (the llms.txt proposal: the
// site's title, its description as a quote, then the notes by group as link
// lists with a one-line summary), /llms-full.txt (every note's Markdown in one
// file) and each note's Markdown on its own.
import { split } from 'hexo-front-matter';

export interface MachineNote {
  title: string;
  /** Absolute URL of the note's page. */
  url: string;
  /** Absolute URL of its Markdown copy. */
  markdownUrl: string;
  summary: string;
  /** The sidebar group: the first tag, or null. */
  group: string | null;
  /** The note's source file. */
  raw: string;
}

export interface MachineSite {
  title: string;
  description: string;
  notes: readonly MachineNote[];
  /** The group of notes without a tag. */
  otherGroup: string;
}

/** The note's source without its front matter, ending with one newline. */
export function markdownBody(raw: string): string {
  return `${split(raw).content.replace(/^\s*\n/, '').trimEnd()}\n`;
}

/** Markdown link text: brackets and backslashes escaped, on one line. */
const linkText = (text: string): string => text.replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');

function header(site: MachineSite): string {
  const quote = site.description ? `\n> ${site.description.replace(/\s+/g, ' ')}\n` : '';
  return `# ${site.title}\n${quote}`;
}

export function llmsTxt(site: MachineSite): string {
  const groups = new Map<string, MachineNote[]>();
  for (const note of site.notes) {
    const name = note.group ?? site.otherGroup;
    groups.set(name, [...(groups.get(name) ?? []), note]);
  }
  const sections = [...groups].map(([name, notes]) => {
    const items = notes.map((n) => `- [${linkText(n.title)}](${encodeURI(n.markdownUrl)})${n.summary ? `: ${n.summary.replace(/\s+/g, ' ')}` : ''}`);
    return `## ${name}\n\n${items.join('\n')}\n`;
  });
  return [header(site), ...sections].join('\n');
}

export function llmsFull(site: MachineSite): string {
  const notes = site.notes.map((n) => `# ${n.title}\n\nURL: ${encodeURI(n.url)}\n\n${markdownBody(n.raw)}`);
  return [header(site), ...notes].join('\n---\n\n');
}
