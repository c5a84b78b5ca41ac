// A real build of a note written for NexT, Butterfly and Fluid: labels, buttons,
// keys and checkboxes in the page, the other tag plugins of the note still rendered.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('a note with other themes’ inline tags', () => {
  let site: Site;
  let source = '';
  before(async () => {
    const body = [
      '状态：{% label success@已完成 %}，{% label 进行中 orange %}。',
      '',
      '{% button /target/, 下一篇 %} {% btn javascript:alert(1),坏的 %}',
      '',
      '复制用 {% kbd Ctrl %} + {% kbd C %}，详见 {% post_link target %}。',
      '',
      '{% cb 已读, true %} {% checkbox 未读 %}',
      '',
      '{% p center, 居中段落 %}',
      '',
      '{% span red, 红字 %} {% u 下划线 %} {% emp 着重 %} {% wavy 波浪 %} {% del 删除 %} {% psw 剧透 %} {% mark 高亮 color:red %} H{% sub 2 %}O E=mc{% sup 2 %}',
      '',
      '表情 {% inlineImg /img/smile.png 20px %} 在行内。',
      '',
      '{% youtube BCfCdTp-fdM %}',
      '',
      '{% bilibili BV1GJ411x7h7 %}',
      '',
      '{% video /videos/demo.mp4 %}',
      '',
      '{% video https://cdn.example.com/demo.mp4 %}',
      '',
      '{% ghcard volantis-x/hexo-theme-volantis %}',
      '',
      '{% link 糖果屋教程贴, https://akilar.top/posts/615e2dec/, https://cdn.example.com/favicon.ico %}',
      '',
      '{% link https://xaoxuu.com/wiki/stellar/ Stellar 文档 icon:https://cdn.example.com/i.png %}',
      '',
      'Hexo 的 {% link 官网 https://hexo.io/ true 新窗口 %} 与 {% link 目标 /target/ %}。',
      '',
      '{% image /img/smile.png 图 1 笑脸 width:120px bg:#eee download:true %}',
      '',
      '{% image /img/smile.png 40 "Hexo 的写法" %}',
      '',
      '空的嵌入：{% gist %}',
      '',
      '{% caniuse %}',
      '',
      '{% flink %}',
      '- class_name: 友链',
      '  link_list:',
      '    - name: Hexo 中文',
      '      link: https://hexo.io/zh-cn/',
      '      avatar: https://cdn.example.com/avatar.png',
      '      descr: 快速、简洁且高效的博客框架',
      '{% endflink %}',
      '',
      '{% flink %}',
      '- class_name: 坏的',
      '  link_list: [unclosed',
      '{% endflink %}',
    ].join('\n');
    site = await buildSite({
      files: {
        '_posts/inline.md': (source = note({ title: 'inline', id: 'inline' }, body)),
        '_posts/target.md': note({ title: '目标', id: 'target' }, '正文'),
        'img/smile.png': PNG,
      },
    });
  });
  after(() => site?.remove());

  test('they render as labels, buttons, keys and checkboxes; a script address is removed with a warning naming the file', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const $ = site.$('inline/index.html');
    assert.deepEqual($('.note-body mark.note-label').map((_, el) => `${$(el).attr('data-kind')}:${$(el).text()}`).get(), ['tip:已完成', 'warning:进行中']);
    assert.deepEqual($('.note-body a.note-button').map((_, el) => `${$(el).attr('href') ?? '-'}:${$(el).text()}`).get(), ['/target/:下一篇', '-:坏的']);
    assert.deepEqual($('.note-body kbd').map((_, el) => $(el).text()).get(), ['Ctrl', 'C']);
    // The button, {% post_link target %} and {% link 目标 /target/ %}.
    assert.equal($('.note-body a[href="/target/"]').length, 3);
    const boxes = $('.note-body label.note-checkbox');
    assert.deepEqual(boxes.map((_, el) => `${$(el).find('input[type="checkbox"][disabled]').is('[checked]')}:${$(el).text().trim()}`).get(), ['true:已读', 'false:未读']);
    assert.ok(site.warnings.some((w) => w.includes('inline.md') && w.includes('javascript:')), site.warnings.join('\n'));
    assert.ok(!site.warnings.some((w) => w.includes('not a tag plugin')), site.warnings.join('\n'));
    const text = $('.note-body u, .note-body .note-emp, .note-body .note-wavy, .note-body del, .note-body .note-psw, .note-body mark:not(.note-label), .note-body sub, .note-body sup');
    assert.deepEqual(text.map((_, el) => `${el.tagName}:${$(el).text()}`).get(), ['u:下划线', 'span:着重', 'span:波浪', 'del:删除', 'span:剧透', 'mark:高亮', 'sub:2', 'sup:2']);
    assert.ok($('link[href="/css/blocks.css"]').length === 1, 'the page loads the styles of emp, wavy and psw');
    assert.equal($('.note-body > p[style="text-align: center"]').text(), '居中段落');
    assert.equal($('.note-body span[style="color: var(--hl-attr)"]').text(), '红字');
  });

  test('an inline image stays in its line with its size; video tags become link cards, a local {% video %} a player, with none from another origin', () => {
    const $ = site.$('inline/index.html');
    const img = $('.note-body p img.note-inline-img');
    assert.equal(img.length, 1);
    assert.deepEqual([img.attr('src'), img.attr('width'), img.attr('height'), img.attr('style')], ['/img/smile.png', '1', '1', 'height:20px;width:auto']);
    assert.equal(img.closest('figure').length, 0);
    const cards = $('.note-body a.link-card').map((_, el) => $(el).attr('href')).get();
    assert.deepEqual(cards, [
      'https://www.youtube.com/watch?v=BCfCdTp-fdM',
      'https://www.bilibili.com/video/BV1GJ411x7h7/',
      'https://cdn.example.com/demo.mp4',
      'https://github.com/volantis-x/hexo-theme-volantis',
      'https://akilar.top/posts/615e2dec/',
      'https://xaoxuu.com/wiki/stellar/',
    ]);
    assert.equal($('.note-body iframe').length, 0);
    assert.deepEqual($('.note-body video').map((_, el) => $(el).attr('src')).get(), ['/videos/demo.mp4']);
  });

  test('{% link %} in the themes’ forms is a card titled as written, the icon not loaded; Hexo’s form an inline link with no empty target', () => {
    const $ = site.$('inline/index.html');
    const title = (href: string): string => $(`.note-body a.link-card[href="${href}"] .link-card-title`).text();
    assert.equal(title('https://akilar.top/posts/615e2dec/'), '糖果屋教程贴');
    assert.equal(title('https://xaoxuu.com/wiki/stellar/'), 'Stellar 文档');
    assert.equal($('.note-body img[src*="cdn.example.com"]').length, 0);
    const hexo = $('.note-body a[href="https://hexo.io/"]');
    assert.deepEqual([hexo.text(), hexo.attr('target'), hexo.attr('title')], ['官网', '_blank', '新窗口']);
    // Not the button, not {% post_link %} (which titles its link).
    const local = $('.note-body a[href="/target/"]:not(.note-button):not([title])');
    assert.equal(local.length, 1);
    assert.equal(local.attr('target'), undefined);
    assert.equal($('.note-body a[target=""]').length, 0);
  });

  test('a tag with nothing to show (no id, no feature) is left out with a warning at its line', () => {
    const lines = site.$('inline/index.html')('.note-body').text();
    assert.ok(lines.includes('空的嵌入：'));
    assert.ok(!lines.includes('{%'));
    for (const name of ['gist', 'caniuse']) {
      const line = source.split('\n').findIndex((l) => l.includes(`{% ${name} %}`)) + 1;
      const warned = site.warnings.find((w) => w.includes(`{% ${name} %} has nothing to show`));
      assert.ok(warned?.includes(`inline.md:${line}`), `${name} at ${line}: ${site.warnings.join('\n')}`);
    }
    assert.ok(!site.warnings.some((w) => w.includes('{% youtube %}') || w.includes('{% label %}')), site.warnings.join('\n'));
  });

  test("Butterfly's {% flink %} is a list of links without the avatars; YAML that cannot be read is shown as written, with a warning", () => {
    const $ = site.$('inline/index.html');
    assert.equal($('.note-body .note-flinks .note-flink-group').text(), '友链');
    assert.equal($('.note-body ul.note-flink li').text(), 'Hexo 中文：快速、简洁且高效的博客框架');
    assert.equal($('.note-body ul.note-flink a').attr('href'), 'https://hexo.io/zh-cn/');
    assert.equal($('.note-body img[src*="avatar"]').length, 0);
    assert.ok($('.note-body pre code').text().includes('link_list: [unclosed'));
    const line = source.split('\n').findIndex((l) => l.includes('[unclosed')) + 1;
    const warned = site.warnings.find((w) => w.includes('{% flink %}'));
    assert.ok(warned?.includes('shown as written'), site.warnings.join('\n'));
    assert.ok(warned?.includes('inline.md:'), warned);
    assert.ok(warned?.includes(`inline.md:${line}:`), `${warned} (line ${line})`);
  });

  test("{% image %} in Stellar's form: its options are not the caption, a pixel width is the width; Hexo's form unchanged", () => {
    const $ = site.$('inline/index.html');
    const figures = $('.note-body figure.note-figure');
    assert.deepEqual(figures.map((_, el) => $(el).children('figcaption').text()).get(), ['图 1 笑脸', 'Hexo 的写法']);
    const stellar = figures.first().find('img');
    assert.deepEqual([stellar.attr('src'), stellar.attr('alt'), stellar.attr('width')], ['/img/smile.png', '图 1 笑脸', '120']);
    assert.equal(figures.last().find('img').attr('width'), '40');
    assert.ok(!$('.note-body').html()?.includes('width:120px'));
  });
});
