import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCards, cardContext, cardOptions, noteSignature, type CardEnvironment } from '../../../plugins/link-cards/note-cards';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { DEFAULTS } from '../../../plugins/link-cards/settings';
import { readStore } from '../../../plugins/link-cards/store';

const site = { url: 'https://notes.example.org', root: '/notes/', language: 'zh-CN' };
const env: CardEnvironment = {
  settings: DEFAULTS,
  index: readStore({ 'https://github.com/a/b': { description: 'Stored description' } }, () => true).index,
  context: cardContext(site),
};
const options = cardOptions(site, '视频');
const HTML = '<p>项目地址：<a href="https://github.com/a/b#readme">B</a></p><p>See <a href="https://c.org/">c</a>.</p><p><a href="https://d.org/x">https://d.org/x</a></p>';

test('card paragraphs become cards with their stored metadata; inline links stay', () => {
  const $ = parseNoteHtml(HTML);
  const fields = applyCards($, {}, env, options);
  assert.deepEqual(fields.link_card_urls, ['https://github.com/a/b#readme', 'https://d.org/x']);
  assert.equal(fields.link_cards_sig, noteSignature({}, fields.link_card_urls, env));
  assert.equal($('a.link-card').length, 2);
  assert.equal($('a.link-card').first().find('.link-card-caption').text(), '项目地址');
  assert.equal($('a.link-card').first().find('.link-card-desc').text(), 'Stored description');
  assert.equal($('p > a[href="https://c.org/"]').length, 1);
});

test('with cards off (note or site) the HTML is unchanged, but the URLs are still saved for `hexo linkcards`', () => {
  for (const [note, settings] of [[{ link_cards: false }, DEFAULTS], [{}, { ...DEFAULTS, enable: false }]] as const) {
    const $ = parseNoteHtml(HTML);
    const fields = applyCards($, note, { ...env, settings }, options);
    assert.equal($.html(), HTML);
    assert.deepEqual(fields.link_card_urls, ['https://github.com/a/b#readme', 'https://d.org/x']);
    assert.notEqual(fields.link_cards_sig, applyCards(parseNoteHtml(HTML), {}, env, options).link_cards_sig);
  }
});

test('card options and context come from the site config', () => {
  assert.deepEqual(options, { siteUrl: 'https://notes.example.org', root: '/notes/', videoLabel: '视频' });
  assert.equal(cardOptions({ url: 'https://x.org' }, 'v').root, '/');
  assert.notEqual(cardContext(site), cardContext({ ...site, url: 'https://other.org' }));
  assert.equal(cardContext(site), cardContext({ ...site }));
});
