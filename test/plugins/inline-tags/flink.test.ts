import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { flinkHtml } from '../../../plugins/inline-tags/flink';

const BUTTERFLY = [
  '- class_name: 友情链接',
  '  class_desc: 那些人，那些事',
  '  link_list:',
  '    - name: JerryC',
  '      link: https://jerryc.me/',
  '      avatar: https://jerryc.me/img/avatar.png',
  '      descr: 今日事,今日毕',
  '    - name: Hexo',
  '      link: https://hexo.io/zh-tw/',
  '- class_name: 网站',
  '  link_list:',
  '    - link: https://example.com/',
].join('\n');

function parsed(body: string): cheerio.CheerioAPI {
  const result = flinkHtml(body);
  assert.ok('html' in result, JSON.stringify(result));
  return cheerio.load(result.html, null, false);
}

test("Butterfly's groups are lists of links with their descriptions; the avatars are not loaded", () => {
  const $ = parsed(BUTTERFLY);
  assert.deepEqual($('.note-flink-group').map((_, el) => $(el).text()).get(), ['友情链接 那些人，那些事', '网站']);
  assert.deepEqual($('ul.note-flink li').map((_, el) => $(el).text()).get(), ['JerryC：今日事,今日毕', 'Hexo', 'https://example.com/']);
  assert.deepEqual($('a').map((_, el) => $(el).attr('href')).get(), ['https://jerryc.me/', 'https://hexo.io/zh-tw/', 'https://example.com/']);
  assert.equal($('img').length, 0);
  assert.deepEqual((flinkHtml(BUTTERFLY) as { problems: string[] }).problems, []);
});

test('a single group without the dash; a name without an address is text; markup in names is text', () => {
  const $ = parsed('class_name: 朋友\nlink_list:\n  - name: "<b>无址</b>"\n');
  assert.equal($('li').text(), '<b>无址</b>');
  assert.equal($('li a').length, 0);
  assert.equal($('b').length, 0);
});

test('entries with neither name nor link, and groups without a link_list, are reported', () => {
  const result = flinkHtml('- class_name: 空\n- class_name: 坏\n  link_list:\n    - avatar: x.png\n    - name: 好\n');
  assert.ok('html' in result);
  assert.deepEqual(result.problems, ['group 1 has no "link_list:"', 'group 2: 1 entry has neither "name:" nor "link:"']);
});

test('YAML that cannot be read, or that holds no group, is an error with its line within the body', () => {
  const bad = flinkHtml('- class_name: 友链\n  link_list:\n    - name: [unclosed\n');
  assert.ok('error' in bad);
  assert.ok(bad.line !== null && bad.line >= 3, JSON.stringify(bad));
  const empty = flinkHtml('');
  assert.ok('error' in empty && empty.line === null);
  assert.ok('error' in flinkHtml('just words'));
});
