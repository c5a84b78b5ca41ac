import { frontMatterKeyLine } from '../front-matter/lines';
import { storedRecords, type Hexo } from '../hexo';
import { BEFORE_GENERATE } from '../pipeline';
import { reportProblem } from '../shared/problems';
import { laterUpdate, outdatedAfter, outdatedFlagProblem, type OutdatedSettings } from './freshness';

interface Moment {
  valueOf(): number;
}
interface PageLike {
  date: Moment;
  updated?: Moment;
  outdated?: unknown;
}

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register(
    'before_generate',
    () => {
      for (const post of storedRecords(hexo, 'Post')) {
        const message = outdatedFlagProblem(post.outdated);
        if (message) reportProblem(hexo, { level: 'warn', file: `${hexo.config.source_dir}/${String(post.source)}`, line: frontMatterKeyLine(post.raw, 'outdated'), message });
      }
    },
    BEFORE_GENERATE.KNOWLEDGE_CHECKS,
  );

  // `updated`: shown when later than the date; `last`: what the notice counts from; `outdated_days`: null without a notice.
  hexo.extend.helper.register('note_freshness', function (page: PageLike) {
    // Hexo's helper context type does not declare the template locals it carries.
    const theme = (this as unknown as { theme: { outdated?: OutdatedSettings } }).theme;
    const updated = laterUpdate(page.date, page.updated);
    return { updated, last: updated ?? page.date, outdated_days: outdatedAfter(theme.outdated, page.outdated) };
  });
}
