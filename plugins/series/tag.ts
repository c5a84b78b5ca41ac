// Butterfly's `{% series %}` (or `{% series 名称 %}`), written where the note
// lists its series. Butterfly lists the parts there; here the note already shows
// its place and previous/next in the series, so the tag is a link to the series'
// page, which lists them in order. A link, not the list: a note's rendered
// content is kept between builds, and a list would go stale when a part is added.
import { escapeHtml } from '../shared/html';

/** The tag's markup: a paragraph linking the series page. */
export function seriesLinkHtml(href: string, label: string): string {
  return `<p class="note-series-link"><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`;
}

/** The series the tag names: its argument, else the note's own `series`; null when neither is there. */
export function taggedSeries(args: readonly string[], noteSeries: unknown): string | null {
  const written = args.join(' ').trim();
  if (written) return written;
  return typeof noteSeries === 'string' && noteSeries.trim() ? noteSeries.trim() : null;
}
