// The layout writes its ids from shared/layout.ts: a built page has each of them once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LAYOUT_ID, LAYOUT_IDS, MERMAID_META } from '../../shared/layout';
import { KATEX_CSS, MERMAID_MODULE } from '../../shared/vendor';
import { buildSite, note, type Site } from '../helpers/site';

let site: Site;

before(async () => {
  site = await buildSite({
    files: {
      '_posts/formula.md': note({ title: '公式', id: 'formula', tags: ['数学'] }, '质能方程 $E = mc^2$。\n\n## 小节\n\n正文。'),
      '_posts/diagram.md': note({ title: '图', id: 'diagram', tags: ['图'] }, '```mermaid\ngraph TD\n  A --> B\n```'),
    },
  });
  assert.deepEqual(site.errors, []);
});
after(() => site.remove());

test('every layout id the browser code reads is on the page, once', () => {
  const $ = site.$('formula/index.html');
  for (const id of [LAYOUT_ID.content, LAYOUT_ID.sidebar, LAYOUT_ID.uiStrings, LAYOUT_ID.searchListbox]) {
    assert.equal($(`[id="${id}"]`).length, 1, id);
  }
  assert.equal($('a.skip-link').attr('href'), `#${LAYOUT_ID.content}`);
  assert.equal($('[data-search-input]').attr('aria-controls'), LAYOUT_ID.searchListbox);
  assert.ok(LAYOUT_IDS.includes(LAYOUT_ID.tocBody));
});

test('vendor paths: KaTeX linked where a formula is, the mermaid module named where a diagram is', () => {
  assert.equal(site.$('formula/index.html')(`link[href="/${KATEX_CSS}"]`).length, 1);
  assert.equal(site.$('diagram/index.html')(`meta[name="${MERMAID_META}"]`).attr('content'), `/${MERMAID_MODULE}`);
  assert.ok(site.exists(KATEX_CSS));
  assert.ok(site.exists(MERMAID_MODULE));
});
