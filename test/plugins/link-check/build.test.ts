import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const LINKING = note(
  { title: '链接', id: 'a', tags: ['AI'] },
  [
    '## 本节',
    '',
    '[坏链接](/docker/) 指向不存在的页面。',
    '',
    '[坏锚点](/b/#不存在) 和 [好锚点](/b/#微调-Fine-Tuning)。',
    '',
    '[相对链接](../b/)、[相对坏链接](../c/) 与 [本页](#本节)、[标签](/tags/)。',
    '',
    '[外部](https://example.com/x) 不在检查之列。',
    '',
    '[标签页的正文](/tags/AI/#content)、[标签页的坏锚点](/tags/AI/#微调) 与 [归档的坏锚点](/archives/#2024)。',
  ].join('\n'),
);
const TARGET = note({ title: '目标', id: 'b' }, '## 微调(Fine Tuning)\n\n正文。');
const files = { '_posts/a.md': LINKING, '_posts/b.md': TARGET };

describe('dead internal links warn with file:line and the link text', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files });
  });
  after(() => site.remove());

  test('a dead site link, a dead anchor and a dead relative link, each on its line', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const dead = site.warnings.filter((line) => line.includes('dead link'));
    assert.deepEqual(dead, [
      'WARN  source/_posts/a.md:11: dead link "坏链接" → /docker/: no page at /docker/',
      'WARN  source/_posts/a.md:13: dead link "坏锚点" → /b/#不存在: no element with id "不存在" on /b/',
      'WARN  source/_posts/a.md:15: dead link "相对坏链接" → ../c/: no page at /c/',
      'WARN  source/_posts/a.md:19: dead link "标签页的坏锚点" → /tags/AI/#微调: no element with id "微调" on /tags/AI/',
      'WARN  source/_posts/a.md:19: dead link "归档的坏锚点" → /archives/#2024: no element with id "2024" on /archives/',
    ]);
  });

  test('the site is still written', () => {
    assert.ok(site.exists('a/index.html'));
    assert.ok(site.exists('b/index.html'));
  });
});

describe('links.strict: true makes dead links errors', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files, config: { links: { strict: true } } });
  });
  after(() => site.remove());

  test('each dead link is an ERROR line; the good ones are not reported', () => {
    assert.deepEqual(
      site.errors.map((line) => line.replace(/^ERROR\s+/, '').split(': dead link')[0]),
      ['source/_posts/a.md:11', 'source/_posts/a.md:13', 'source/_posts/a.md:15', 'source/_posts/a.md:19', 'source/_posts/a.md:19'],
    );
    assert.ok(!site.output.includes('"好锚点"'));
    assert.ok(!site.output.includes('"本页"'));
  });
});
