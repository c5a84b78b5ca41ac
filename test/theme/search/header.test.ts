// The header box's pure decisions: which keys open search, where "all results" leads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSearchShortcut } from '../../../themes/notes/browser/search/box';
import { allResultsHref } from '../../../themes/notes/browser/search/header';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

test('`/` opens search outside a field, not inside one nor with a modifier', () => {
  assert.equal(isSearchShortcut(key('/'), false), true);
  assert.equal(isSearchShortcut(key('/'), true), false);
  assert.equal(isSearchShortcut(key('/', { ctrlKey: true }), false), false);
});

test('Ctrl+K and Cmd+K open search anywhere, Alt and a bare K do not', () => {
  assert.equal(isSearchShortcut(key('k', { ctrlKey: true }), true), true);
  assert.equal(isSearchShortcut(key('K', { metaKey: true }), false), true);
  assert.equal(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false), false);
  assert.equal(isSearchShortcut(key('k'), false), false);
});

test('all results: the search page with the trimmed query, encoded', () => {
  assert.equal(allResultsHref('/search/', ' 注意力 & kv '), '/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B%20%26%20kv');
});
