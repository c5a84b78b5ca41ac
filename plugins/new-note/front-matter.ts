// The front matter `hexo new` leaves behind, put right.
import fs from 'node:fs';
import { yaml } from '../shared/lazy';

const ORDER = ['title', 'date', 'tags', 'id', 'no_word_count', 'no_toc'];

/**
 * Hexo writes the scaffold's front matter with `title: {{ title }}` unquoted (a
 * title like "a #b" loses text) and the date in UTC (shown as the wrong local
 * time). Rewrites it with the exact title, the date in the site's timezone, and
 * the keys in the order the README lists them.
 */
export function tidyFrontMatter(file: string, title: string, now: Date, timezone: string | undefined): void {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)?$/.exec(text);
  if (!match) return;
  const data = yaml().parse(match[1] ?? '') as Record<string, unknown> | null;
  if (!data) return;
  data.title = title;
  if ('date' in data) data.date = localTime(now, timezone);
  data.tags ??= [];
  const ordered: Record<string, unknown> = {};
  for (const key of [...ORDER, ...Object.keys(data)]) if (key in data) ordered[key] = data[key];
  fs.writeFileSync(file, `---\n${yaml().stringify(ordered)}---${match[2] ?? '\n'}`);
}

/** `YYYY-MM-DD HH:mm:ss` in `timezone` (the local zone when unset or unknown). */
export function localTime(date: Date, timezone: string | undefined): string {
  let zone = timezone || undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    zone = undefined;
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}
