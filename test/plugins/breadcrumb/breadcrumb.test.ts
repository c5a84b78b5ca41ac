import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breadcrumb, breadcrumbJsonLd } from '../../../plugins/breadcrumb/breadcrumb';
import { scriptSafeJson } from '../../../plugins/shared/html';

test('no title can end the script element: < > & and line separators are escaped, the JSON is the same', () => {
  const value = { name: '</script><script>alert(1)</script> & \u2028' };
  const json = scriptSafeJson(value);
  assert.ok(!/[<>&\u2028]/.test(json));
  assert.deepEqual(JSON.parse(json), value);
});

test('home, the group trail, the note; positions from 1 with absolute items', () => {
  const crumbs = breadcrumb({ name: '首页', path: '' }, [{ name: 'A', path: 'categories/A/' }], { name: 'N', path: 'n/' });
  const ld = JSON.parse(breadcrumbJsonLd(crumbs, (p) => `https://x.org/${p}`)) as { '@type': string; itemListElement: { position: number; item: string }[] };
  assert.equal(ld['@type'], 'BreadcrumbList');
  assert.deepEqual(ld.itemListElement.map((i) => [i.position, i.item]), [[1, 'https://x.org/'], [2, 'https://x.org/categories/A/'], [3, 'https://x.org/n/']]);
});
