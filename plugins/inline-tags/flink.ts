// Butterfly's friend links, `{% flink %}` … `{% endflink %}` around YAML: groups
// (`class_name`, `class_desc`) of links (`name`, `link`, `descr`, `avatar`).
// Butterfly draws cards with each friend's avatar from the friend's site; nothing
// the site serves may come from another origin, so each group is a list of links
// with their descriptions, and the avatars are not shown. Pure.
import { parse, YAMLParseError } from 'yaml';
import { escapeHtml } from '../shared/html';

export type FlinkResult = { html: string; problems: string[] } | { error: string; line: number | null };

interface Friend {
  name: string;
  link: string;
  descr: string;
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** One friend as a list item; an entry without an address is its name alone. */
function friendHtml(friend: Friend): string {
  const name = escapeHtml(friend.name || friend.link);
  const label = friend.link ? `<a href="${escapeHtml(friend.link)}">${name}</a>` : name;
  return `<li>${label}${friend.descr ? `：${escapeHtml(friend.descr)}` : ''}</li>`;
}

/** A group: its name and description as a paragraph, then its links. */
function groupHtml(group: Record<string, unknown>, index: number, problems: string[]): string {
  const list = Array.isArray(group.link_list) ? group.link_list : [];
  if (!Array.isArray(group.link_list)) problems.push(`group ${index + 1} has no "link_list:"`);
  const friends = list
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({ name: text(item.name), link: text(item.link), descr: text(item.descr) }))
    .filter((friend) => friend.name || friend.link);
  if (friends.length < list.length) problems.push(`group ${index + 1}: ${list.length - friends.length} entr${list.length - friends.length === 1 ? 'y has' : 'ies have'} neither "name:" nor "link:"`);
  const name = text(group.class_name);
  const desc = text(group.class_desc);
  const heading = name || desc ? `<p class="note-flink-group">${name ? `<strong>${escapeHtml(name)}</strong>` : ''}${name && desc ? ' ' : ''}${escapeHtml(desc)}</p>` : '';
  return friends.length > 0 ? `${heading}<ul class="note-flink">${friends.map(friendHtml).join('')}</ul>` : heading;
}

/** The tag's body read as Butterfly's YAML: the markup, or why it cannot be read (its line within the body). */
export function flinkHtml(body: string): FlinkResult {
  let data: unknown;
  try {
    data = parse(body);
  } catch (error) {
    if (error instanceof YAMLParseError) return { error: (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ''), line: error.linePos?.[0].line ?? null };
    throw error;
  }
  // A single group may be written without the list's dash.
  const groups = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : [];
  const problems: string[] = [];
  const html = groups
    .filter((group): group is Record<string, unknown> => typeof group === 'object' && group !== null)
    .map((group, index) => groupHtml(group, index, problems))
    .join('');
  if (!html) return { error: 'holds no groups of links (class_name / link_list)', line: null };
  return { html: `<div class="note-flinks">${html}</div>`, problems };
}
