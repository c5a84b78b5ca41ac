import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteYears, yearSpan } from '../../../plugins/publishing/years';

test('the footer years span the notes', () => {
  assert.equal(yearSpan([]), '');
  assert.equal(yearSpan([2024, 2024]), '2024');
  assert.equal(yearSpan([2025, 2021, 2023]), '2021–2025');
});

test('the site\'s years come from each note\'s date as the date helper formats it', () => {
  const dates = ['2022-12-31', '2024-06-01'];
  const posts = { map: <T>(fn: (post: { date: unknown }) => T) => dates.map((date) => fn({ date })) };
  // The helper formats in the site's timezone: the year it answers is the one shown.
  const date = (d: unknown, format: string) => (format === 'YYYY' && d === '2022-12-31' ? '2023' : String(d).slice(0, 4));
  assert.equal(siteYears({ site: { posts }, date }), '2023–2024');
});
