import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageTag, numberFormatter } from '../../../plugins/word-count/number-format';

test("the language tag is the first of Hexo's language setting", () => {
  assert.equal(languageTag('zh-CN'), 'zh-CN');
  assert.equal(languageTag(['de', 'en']), 'de');
  assert.equal(languageTag('default'), 'en');
  assert.equal(languageTag(undefined), 'en');
});

test('numbers follow the language, which may change between calls', () => {
  let language: unknown = 'zh-CN';
  const format = numberFormatter(() => language);
  assert.equal(format(1471), '1,471');
  language = 'de';
  assert.equal(format(1471), '1.471');
  language = 'not a language tag!';
  assert.equal(format(1471), '1471');
});
