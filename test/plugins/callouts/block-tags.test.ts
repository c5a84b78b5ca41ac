import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blockTagHtml } from '../../../plugins/callouts/block-tags';

const t = (key: string): string => `«${key}»`;

describe('blockTagHtml', () => {
  test('a note draws the callout of its class, with its title and the rendered body', () => {
    const html = blockTagHtml('note', ['warning', '小心'], '<p><strong>x</strong></p>\n', t);
    assert.match(html, /^<aside class="callout" data-kind="warning" role="note"><p class="callout-title"><svg class="callout-icon"[^>]*><path d="[^"]+"><\/path><\/svg>/);
    assert.ok(html.endsWith('<span class="sr-only">«callout_warning»：</span>小心</p><p><strong>x</strong></p></aside>'), html);
  });

  test("Butterfly's styles and icons are dropped; an unknown class is a plain note", () => {
    const html = blockTagHtml('note', ['red', "'fas fa-bug'", 'simple'], '<p>x</p>', t);
    assert.match(html, /^<aside class="callout" data-kind="danger"/);
    assert.match(html, /<span class="callout-kind">«callout_danger»<\/span><\/p><p>x<\/p><\/aside>$/);
    assert.match(blockTagHtml('note', ['whatever'], '', t), /data-kind="note"/);
  });

  test('fold and hideToggle are details with their titles, escaped', () => {
    assert.equal(blockTagHtml('fold', ['info', '@<b>标题</b>'], '<p>x</p>', t), '<details class="callout" data-kind="details"><summary>&lt;b&gt;标题&lt;/b&gt;</summary><p>x</p></details>');
    assert.equal(blockTagHtml('hideToggle', ['答案,bg,#fff'], '<p>42</p>', t), '<details class="callout" data-kind="details"><summary>答案</summary><p>42</p></details>');
  });
});
