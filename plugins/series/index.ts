import { slugize, url_for } from 'hexo-util';
import { frontMatterKeyLine } from '../front-matter/lines';
import { storedRecords, type Hexo, type PostData } from '../hexo';
import { isTagPlugin } from '../hexo/tag-render';
import { uiFormat } from '../shared/i18n';
import { lineOfFirst } from '../shared/source-lines';
import { fromNotes } from '../shared/notes-index';
import { noteFile, reportProblem } from '../shared/problems';
import { buildSeries, SERIES_DIR, seriesNeighbours, type SeriesIndex } from './series';
import { seriesLinkHtml, taggedSeries } from './tag';

/** The site path of a series' page. */
function seriesPath(hexo: Hexo, name: string): string {
  return `${SERIES_DIR}/${slugize(name, { transform: hexo.config.filename_case })}/`;
}

export function seriesIndex(hexo: Hexo): SeriesIndex {
  return fromNotes(hexo, 'series', (notes) => buildSeries(notes, (name) => seriesPath(hexo, name), (source) => `${hexo.config.source_dir}/${source}`));
}

/** Butterfly's {% series %} (tag.ts), registered once themes and scripts have loaded, unless one of them has its own. */
function registerSeriesTag(hexo: Hexo): void {
  hexo.on('ready', () => {
    if (isTagPlugin(hexo, 'series')) return;
    hexo.extend.tag.register('series', function (this: PostData, args: string[]) {
      const name = taggedSeries(args, this.series);
      if (name !== null) return seriesLinkHtml(url_for.call(hexo, seriesPath(hexo, name)), uiFormat(hexo, 'in_series', name));
      reportProblem(hexo, { level: 'warn', file: noteFile(hexo, this), line: lineOfFirst(this.raw, ['{% series', '{%- series']), message: '{% series %} names no series and the note has no "series:"; left out' });
      return '';
    });
  });
}

interface PageLike {
  _id?: string;
  prev?: { title?: unknown; path: string };
  next?: { title?: unknown; path: string };
}

/** Two parts with one `order`, or a part without one: a warning naming the file and its line. */
function reportProblems(hexo: Hexo, index: SeriesIndex): void {
  if (index.problems.length === 0) return;
  const raws = new Map(storedRecords(hexo, 'Post').map((post) => [post.source, post.raw]));
  for (const p of index.problems) {
    // The note's `order:`, or its `series:` when it has none.
    const raw = raws.get(p.source);
    const line = frontMatterKeyLine(raw, 'order') ?? frontMatterKeyLine(raw, 'series');
    reportProblem(hexo, { level: 'warn', file: `${hexo.config.source_dir}/${p.source}`, line, message: p.message });
  }
}

export default function register(hexo: Hexo): void {
  registerSeriesTag(hexo);
  // Reported by the generator, not before the generation: the notes index reads the
  // site's posts, which Hexo copies once for the generators; read before, they
  // were copied twice (about 0.1 s at 1,000 notes).
  hexo.extend.generator.register('series', () => {
    const Post = hexo.model('Post');
    const index = seriesIndex(hexo);
    reportProblems(hexo, index);
    const all = [...index.series.values()];
    const pages = all.map((s) => ({
      path: s.path,
      layout: ['series', 'archive', 'index'],
      data: { title: s.name, series: s.name, parts: s.parts.map((part) => Post.findById(part.key)) },
    }));
    return [...pages, { path: `${SERIES_DIR}/`, layout: ['series-index', 'archive', 'index'], data: { series_list: all.map((s) => ({ name: s.name, path: s.path, count: s.parts.length })) } }];
  });

  hexo.extend.helper.register('note_series', (page: PageLike) => {
    const place = page._id ? seriesIndex(hexo).placeOf.get(page._id) : undefined;
    return place ? { name: place.series.name, path: place.series.path, index: place.index + 1, total: place.series.parts.length } : null;
  });

  // Previous/next: inside the note's series when it has one, else by date.
  hexo.extend.helper.register('note_pager', (page: PageLike) => {
    const inSeries = page._id ? seriesNeighbours(seriesIndex(hexo), page._id) : null;
    if (inSeries) return inSeries;
    return { prev: page.prev ?? null, next: page.next ?? null };
  });
}
