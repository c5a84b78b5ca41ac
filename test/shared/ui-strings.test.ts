import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { BROWSER_STRINGS, browserStringsJson } from '../../shared/ui-strings';

const languages = path.join(__dirname, '..', '..', 'themes', 'notes', 'languages');

test('the #ui-strings JSON holds every browser string, translated, with < escaped', () => {
  const json = browserStringsJson((key) => (key === 'copied' ? '</script><b>' : `«${key}»`));
  assert.ok(!json.includes('<'), json);
  const strings = JSON.parse(json) as Record<string, string>;
  assert.deepEqual(Object.keys(strings), [...BROWSER_STRINGS]);
  assert.equal(strings.copied, '</script><b>');
  assert.equal(strings.search_hint, '«search_hint»');
});

for (const file of fs.readdirSync(languages)) {
  test(`${file} translates every string the browser shows`, () => {
    const strings = YAML.parse(fs.readFileSync(path.join(languages, file), 'utf8')) as Record<string, unknown>;
    const missing = BROWSER_STRINGS.filter((key) => typeof strings[key] !== 'string');
    assert.deepEqual(missing, []);
  });
}
