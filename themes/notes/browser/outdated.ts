// The outdated notice: the build writes when a note was last updated
// (data-updated) and after how many days it counts as old; the age is computed
// here, so the built pages do not depend on the day they were built.
import { t } from './ui-strings';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since `updated` when more than `days`, else null. */
export function outdatedAge(updated: string, days: number, now: number): number | null {
  const time = Date.parse(updated);
  if (!Number.isFinite(time) || !Number.isFinite(days)) return null;
  const age = Math.floor((now - time) / DAY);
  return age > days ? age : null;
}

export function initOutdatedNotice(doc: Document): void {
  const note = doc.querySelector<HTMLElement>('article.note[data-updated]');
  if (!note) return;
  const age = outdatedAge(note.dataset.updated ?? '', Number(note.dataset.outdatedDays), Date.now());
  if (age === null) return;
  const notice = doc.createElement('p');
  notice.className = 'outdated-notice';
  notice.setAttribute('role', 'note');
  notice.textContent = t('outdated_notice').replace('{date}', note.dataset.updatedText ?? '').replace('{days}', String(age));
  note.querySelector('.note-body')?.before(notice);
}
