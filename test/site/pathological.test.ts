// Notes built to hurt: each must end as the issue says (page written, or one
// named error), whatever it costs; the benchmark's --pathological times them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../helpers/site';
import { PATHOLOGICAL } from '../../bench/pathological';

const body = (name: string): string => PATHOLOGICAL.find((c) => c.name === name)?.body() ?? '';

describe('pathological notes beside an ordinary one', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/ordinary.md': note({ title: '普通', id: 'ordinary' }, '普通的一段。'),
        '_posts/formulas.md': note({ title: '公式', id: 'formulas' }, body('formulas')),
        '_posts/divs.md': note({ title: '嵌套', id: 'divs' }, body('divs')),
        '_posts/quotes.md': note({ title: '引用', id: 'quotes' }, body('quotes')),
        '_posts/table.md': note({ title: '表格', id: 'table' }, body('table')),
      },
    });
  });
  after(() => site.remove());

  test('one paragraph of 20,000 inline formulas: all rendered, in one paragraph', () => {
    const $ = site.$('formulas/index.html');
    assert.equal($('.note-body p').length, 1);
    assert.equal($('.note-body p > span.math.math-inline').length, 20_000);
    assert.equal($('.note-body .katex annotation').first().text(), 'a_{1}');
  });

  test('5,000 nested <div>: written whole, as plain Hexo writes it, without an error', () => {
    const html = site.read('divs/index.html');
    const body = html.slice(html.indexOf('<div class="note-body'), html.indexOf('</article>'));
    assert.match(body, new RegExp(`${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`));
    assert.ok(!site.errors.some((line) => line.includes('divs.md')), site.errors.join('\n'));
  });

  test('3,000 nested quotes: one error naming the note; every other note is written', () => {
    assert.equal(site.errors.length, 1, site.errors.join('\n'));
    assert.match(site.errors[0] ?? '', /source\/_posts\/quotes\.md/);
    for (const id of ['ordinary', 'formulas', 'divs', 'table']) assert.ok(site.exists(`${id}/index.html`), id);
  });

  test('a table of 5,000 rows, then a callout and a footnote: every row, the callout, the footnote', () => {
    const $ = site.$('table/index.html');
    assert.equal($('.note-body table tbody tr').length, 5_000);
    assert.equal($('.note-body table tbody tr').last().find('strong').text(), '名称 4999');
    assert.equal($('.note-body aside.callout[data-kind="tip"]').length, 1);
    assert.match($('.note-body .footnotes').text(), /脚注。/);
  });
});
