// Other themes' inline tags, as their notes write them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buttonHtml, checkboxHtml, hideInlineHtml, inlineImageHtml, kbdHtml, labelHtml, styledTextHtml, TEXT_TAG_NAMES, textTagHtml } from '../../../plugins/inline-tags/render';

// Hexo hands a tag its arguments split at spaces.
const args = (text: string): string[] => text.split(' ').filter(Boolean);

test('labels: NexT’s class@text, Fluid’s class @text, Butterfly’s text colour; unknown classes are notes', () => {
  assert.equal(labelHtml(args('info@信息')), '<mark class="note-label" data-kind="info">信息</mark>');
  assert.equal(labelHtml(args('warning @小心 这里')), '<mark class="note-label" data-kind="warning">小心 这里</mark>');
  assert.equal(labelHtml(args('@没有类')), '<mark class="note-label" data-kind="note">没有类</mark>');
  assert.equal(labelHtml(args('蓝色 文字 red')), '<mark class="note-label" data-kind="danger">蓝色 文字</mark>');
  assert.equal(labelHtml(args('red')), '<mark class="note-label" data-kind="note">red</mark>');
  assert.equal(labelHtml(args('<b>x</b>')), '<mark class="note-label" data-kind="note">&lt;b&gt;x&lt;/b&gt;</mark>');
});

test('buttons: the address and the text before the other comma-separated parts', () => {
  assert.equal(buttonHtml(args('/ok/, 看正常那篇')), '<a class="note-button" href="/ok/">看正常那篇</a>');
  assert.equal(buttonHtml(args('https://example.com/,外部,far fa-hand-point-right,blue')), '<a class="note-button" href="https://example.com/">外部</a>');
  assert.equal(buttonHtml(args('https://a.com/?q="x"')), '<a class="note-button" href="https://a.com/?q=&quot;x&quot;">https://a.com/?q=&quot;x&quot;</a>');
  assert.equal(buttonHtml(args(', 只有文字')), '只有文字');
});

test('keys', () => {
  assert.equal(kbdHtml(['Ctrl']), '<kbd>Ctrl</kbd>');
  assert.equal(kbdHtml(['<']), '<kbd>&lt;</kbd>');
});

test("Fluid's checkboxes: the text, then whether it is ticked; the inline flag changes nothing", () => {
  assert.equal(checkboxHtml(args('普通示例')), '<label class="note-checkbox"><input type="checkbox" disabled> 普通示例</label>');
  assert.equal(checkboxHtml(args('默认选中, true')), '<label class="note-checkbox"><input type="checkbox" disabled checked> 默认选中</label>');
  assert.equal(checkboxHtml(args('内联示例, false, true')), '<label class="note-checkbox"><input type="checkbox" disabled> 内联示例</label>');
  assert.equal(checkboxHtml(args('<i>x</i>')), '<label class="note-checkbox"><input type="checkbox" disabled> &lt;i&gt;x&lt;/i&gt;</label>');
});

test("Butterfly's inline images: the address and a height; a height that is no length is dropped", () => {
  assert.equal(inlineImageHtml(args('/img/a.png 150px')), '<img class="note-inline-img" src="/img/a.png" alt="" style="height:150px;width:auto">');
  assert.equal(inlineImageHtml(args('/img/a.png 2em')), '<img class="note-inline-img" src="/img/a.png" alt="" style="height:2em;width:auto">');
  assert.equal(inlineImageHtml(args('/img/a.png 40')), '<img class="note-inline-img" src="/img/a.png" alt="" style="height:40px;width:auto">');
  assert.equal(inlineImageHtml(args('/img/a.png 1px;background:red')), '<img class="note-inline-img" src="/img/a.png" alt="">');
  assert.equal(inlineImageHtml(args('"/x.png"')), '<img class="note-inline-img" src="&quot;/x.png&quot;" alt="">');
  assert.equal(inlineImageHtml([]), '');
});

test("Butterfly's hideInline: the text behind a button; its colours dropped, the label defaulted", () => {
  assert.equal(
    hideInlineHtml(args('答案是 42,查看答案,#FF7242,#fff'), '点击查看'),
    '<span class="note-hide-inline"><button type="button" class="note-hide-inline-button" aria-expanded="false">查看答案</button><span class="note-hide-inline-content" tabindex="-1">答案是 42</span></span>',
  );
  assert.match(hideInlineHtml(args('<b>x</b>'), '点击查看'), /aria-expanded="false">点击查看<\/button><span class="note-hide-inline-content" tabindex="-1">&lt;b&gt;x&lt;\/b&gt;</);
  assert.equal(hideInlineHtml([], '点击查看'), '');
});

test("Volantis' and Stellar's text tags: the text in its element, colour options dropped, the spoiler focusable", () => {
  assert.equal(textTagHtml('u', args('下划线')), '<u>下划线</u>');
  assert.equal(textTagHtml('emp', args('着重 号')), '<span class="note-emp">着重 号</span>');
  assert.equal(textTagHtml('wavy', args('波浪')), '<span class="note-wavy">波浪</span>');
  assert.equal(textTagHtml('del', args('删除')), '<del>删除</del>');
  assert.equal(textTagHtml('psw', args('密码')), '<span class="note-psw" tabindex="0">密码</span>');
  assert.equal(textTagHtml('mark', args('高亮 color:red')), '<mark>高亮</mark>');
  assert.equal(textTagHtml('sup', args('2 color:blue')), '<sup>2</sup>');
  assert.equal(textTagHtml('sub', args('<i>')), '<sub>&lt;i&gt;</sub>');
  assert.equal(textTagHtml('u', []), '');
  assert.deepEqual(TEXT_TAG_NAMES, ['u', 'emp', 'wavy', 'del', 'psw', 'mark', 'sup', 'sub']);
});

test("Volantis' span and p: the text with the colour, size and alignment its style words name, the theme's own words dropped", () => {
  assert.equal(styledTextHtml('span', args('red, 红色文字')), '<span style="color: var(--hl-attr)">红色文字</span>');
  assert.equal(styledTextHtml('p', args('logo center huge, Volantis')), '<p style="text-align: center; font-size: x-large">Volantis</p>');
  assert.equal(styledTextHtml('span', args('center, 居中只对段落')), '<span>居中只对段落</span>');
  assert.equal(styledTextHtml('span', args('没有样式的文字')), '<span>没有样式的文字</span>');
  assert.equal(styledTextHtml('p', args('red, <b>')), '<p style="color: var(--hl-attr)">&lt;b&gt;</p>');
  assert.equal(styledTextHtml('span', args('red,')), '');
});
