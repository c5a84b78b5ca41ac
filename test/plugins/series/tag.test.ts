// Butterfly's {% series %}: unit tests of the pure parts, then a real build.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seriesLinkHtml, taggedSeries } from '../../../plugins/series/tag';
import { buildSite, note, type Site } from '../../helpers/site';

test('the series is the argument, else the note\'s own; none is null', () => {
  assert.equal(taggedSeries(['深度', '学习'], '入门'), '深度 学习');
  assert.equal(taggedSeries([], ' 入门 '), '入门');
  assert.equal(taggedSeries([], undefined), null);
  assert.equal(taggedSeries([], ['a']), null);
});

test('the link is escaped', () => {
  assert.equal(seriesLinkHtml('/series/a/', '系列：<b>'), '<p class="note-series-link"><a href="/series/a/">系列：&lt;b&gt;</a></p>');
});

describe('{% series %} in a build', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/one.md': note({ title: '一', id: 'one', series: '入门', order: 1 }, '前文\n\n{% series %}\n\n{% series 进阶 %}\n\n后文'),
        '_posts/two.md': note({ title: '二', id: 'two', series: '入门', order: 2 }, '正文'),
        '_posts/alone.md': note({ title: '单独', id: 'alone' }, '前文\n\n{% series %}\n\n后文'),
      },
    });
  });
  after(() => site?.remove());

  test("it links the series' page: the note's own series, or the one it names", () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('one/index.html');
    const links = $('.note-body p.note-series-link a');
    assert.deepEqual(links.map((_, a) => `${$(a).attr('href')} ${$(a).text()}`).get(), ['/series/%E5%85%A5%E9%97%A8/ 系列：入门', '/series/%E8%BF%9B%E9%98%B6/ 系列：进阶']);
    assert.ok(site.exists('series/入门/index.html'));
    assert.ok(!site.warnings.some((w) => w.includes('one.md') && w.includes('tag plugin')), site.warnings.join('\n'));
  });

  test('in a note with no series it warns at its line and is left out; the note renders', () => {
    assert.ok(site.warnings.some((w) => /alone\.md:\d+: \{% series %\} names no series/.test(w)), site.warnings.join('\n'));
    const body = site.$('alone/index.html')('.note-body');
    assert.equal(body.find('.note-series-link').length, 0);
    assert.match(body.text(), /前文\s*后文/);
  });
});
