// Other themes' callout tags written on one line, `{% note info %}文字{% endnote %}`
// (Butterfly's documentation writes them so), which the line markers of
// containers.ts cannot take: they stay Nunjucks block tags, registered under
// these names when the site has none of its own, and are drawn as the same
// callouts. Pure: the caller renders the body's Markdown.
import { calloutClose, calloutOpen, type Translate } from './kinds';
import { themeContainer } from './theme-tags';
import { escapeHtml } from '../shared/html';

/** The block tags a one-line callout may use (a `{% tabs %}` needs its panels on their own lines). */
export const ONE_LINE_TAGS = ['note', 'fold', 'hideToggle', 'hideBlock'] as const;

/** The callout a block tag draws: `args` as Nunjucks splits them, `bodyHtml` its rendered content. */
export function blockTagHtml(name: string, args: readonly string[], bodyHtml: string, t: Translate): string {
  const { kind, title } = themeContainer({ name, indent: '', args: args.join(' '), written: '' });
  return `${calloutOpen(kind, title === null ? null : escapeHtml(title), t)}${bodyHtml.trim()}${calloutClose(kind)}`;
}
