import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storeKey } from '../../../plugins/link-cards/store';
import { planFetches } from '../../../plugins/shared/yaml-store';

test('planFetches: each card URL once, as its store key; only the missing ones unless --refresh', () => {
  const urls = ['https://a.example/x', 'https://b.example/', 'https://a.example/x', 'not a url'];
  const inStore = (key: string): boolean => key === 'https://b.example/';
  assert.deepEqual(planFetches(urls, storeKey, inStore, false), {
    keys: ['https://a.example/x', 'https://b.example/'],
    todo: ['https://a.example/x'],
    kept: ['https://b.example/'],
  });
  assert.deepEqual(planFetches(urls, storeKey, inStore, true).todo, ['https://a.example/x', 'https://b.example/']);
  assert.deepEqual(planFetches(urls, storeKey, inStore, true).kept, []);
});
