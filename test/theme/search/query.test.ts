import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchResult, SectionResult } from '../../../themes/notes/browser/search/engine';
import { countText, eachShownSection } from '../../../themes/notes/browser/search/query';

function result(title: string, sections: number): SearchResult {
  const section = (n: number): SectionResult => ({
    heading: `${title}-${n}`,
    headingMarks: [],
    anchor: '',
    url: '',
    snippet: { text: '', marks: [], code: false, cutStart: false, cutEnd: false },
  });
  return { title, titleMarks: [], url: '', tags: [], date: 0, score: 0, hits: 0, sections: Array.from({ length: sections }, (_, n) => section(n)) };
}

test('sections shown within the limits: so many notes, so many sections each', () => {
  const seen: string[] = [];
  const shown = eachShownSection([result('a', 3), result('b', 1), result('c', 2)], { notes: 2, sections: 2 }, (_, s) => seen.push(s.heading));
  assert.equal(shown, 2);
  assert.deepEqual(seen, ['a-0', 'a-1', 'b-0']);
});

// Outside a page there are no UI strings: t() answers with the key, which shows the template chosen.
test('the status line: empty, every result, or some of them', () => {
  assert.equal(countText('x', 0, 0), 'search_empty');
  assert.equal(countText('x', 3, 3), 'search_count');
  assert.equal(countText('x', 12, 10), 'search_shown');
});
