import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardContext, noteSignature, type CardEnvironment } from '../../../plugins/link-cards/note-cards';
import { DEFAULTS } from '../../../plugins/link-cards/settings';
import { staleNotes, type CachedNote } from '../../../plugins/link-cards/stale';
import { readStore } from '../../../plugins/link-cards/store';

const site = { url: 'https://notes.example.org', root: '/', language: 'zh-CN' };
const store = (raw: Record<string, unknown>) => readStore(raw, () => true).index;
const env = (over: Partial<CardEnvironment> = {}): CardEnvironment => ({
  settings: DEFAULTS,
  index: store({ 'https://a.org/': { title: 'A' } }),
  context: cardContext(site),
  ...over,
});

/** Three notes rendered in `rendered`: one with a card, one with none, one with cards off. */
function cached(rendered: CardEnvironment): CachedNote[] {
  const at = (note: CachedNote, urls: string[]): CachedNote => ({ ...note, content: '<p>x</p>', link_card_urls: urls, link_cards_sig: noteSignature(note, urls, rendered) });
  return [at({ source: 'card.md' }, ['https://a.org']), at({ source: 'plain.md' }, []), at({ source: 'off.md', link_cards: false }, ['https://a.org'])];
}

const sources = (notes: CachedNote[]) => notes.map((n) => n.source);

test('nothing is stale when nothing changed', () => {
  assert.deepEqual(staleNotes(cached(env()), env()), []);
});

test('a store change re-renders only the notes using the changed entry', () => {
  const notes = cached(env());
  assert.deepEqual(sources(staleNotes(notes, env({ index: store({ 'https://a.org/': { title: 'A2' } }) }))), ['card.md']);
  assert.deepEqual(sources(staleNotes(notes, env({ index: store({}) }))), ['card.md'], 'an entry removed');
  assert.deepEqual(sources(staleNotes(notes, env({ index: store({ 'https://a.org/': { title: 'A' }, 'https://b.org/': { title: 'B' } }) }))), [], 'an entry no note uses');
});

test('the site switch re-renders the notes it changes; the site context re-renders all', () => {
  const notes = cached(env());
  assert.deepEqual(sources(staleNotes(notes, env({ settings: { ...DEFAULTS, enable: false } }))), ['card.md', 'plain.md']);
  assert.deepEqual(sources(staleNotes(notes, env({ context: cardContext({ ...site, root: '/notes/' }) }))), ['card.md', 'plain.md', 'off.md']);
  assert.deepEqual(sources(staleNotes(notes, env({ context: cardContext({ ...site, language: 'en' }) }))), ['card.md', 'plain.md', 'off.md']);
});

test('a note rendered without the saved fields is stale; a note not rendered yet is not', () => {
  const notes: CachedNote[] = [
    { source: 'old.md', content: '<p>x</p>' },
    { source: 'half.md', content: '<p>x</p>', link_card_urls: [] },
    { source: 'new.md', content: undefined, link_card_urls: 'not a list' },
    { source: 'null.md', content: null },
  ];
  assert.deepEqual(sources(staleNotes(notes, env())), ['old.md', 'half.md']);
});
