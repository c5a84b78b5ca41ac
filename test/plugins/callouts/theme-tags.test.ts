// Notes written for NexT, Butterfly and Fluid: their callout tags read as containers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rewriteContainers } from '../../../plugins/callouts/containers';
import { stellarNote, tabMarkerOf, themeContainer, themeTagOf } from '../../../plugins/callouts/theme-tags';

const t = (key: string): string => `«${key}»`;
const rewrite = (md: string, themeTag?: (name: string) => boolean) => rewriteContainers(md, { lineOffset: 4, t, themeTag });
const lines = (md: string): string[] => md.split('\n').map((l) => l.replace(/<svg.*<\/svg>/, ''));
const container = (line: string) => {
  const tag = themeTagOf(line);
  assert.ok(tag, line);
  return themeContainer(tag);
};

describe('theme callout tags', () => {
  test('the themes’ note classes and colours become our kinds; styling words and icons are dropped', () => {
    assert.deepEqual(container('{% note info %}'), { kind: 'info', title: null });
    assert.deepEqual(container('{% note %}'), { kind: 'note', title: null });
    assert.deepEqual(container('{% note success no-icon %}'), { kind: 'tip', title: null });
    assert.deepEqual(container('{%- note danger -%}'), { kind: 'danger', title: null });
    assert.deepEqual(container("{% note orange 'fas fa-fan' modern %}"), { kind: 'warning', title: null });
    assert.deepEqual(container("{% note 'fab fa-cc-visa' simple %}"), { kind: 'note', title: null });
    assert.deepEqual(container('{% note warning 升级之前 %}'), { kind: 'warning', title: '升级之前' });
    assert.deepEqual(container("{% note red 'fas fa-bug' '已知问题' %}"), { kind: 'danger', title: '已知问题' });
  });

  test('Fluid’s fold and Butterfly’s hideToggle are collapsible blocks with their titles', () => {
    assert.deepEqual(container('{% fold info @展开查看 %}'), { kind: 'details', title: '展开查看' });
    assert.deepEqual(container('{% fold %}'), { kind: 'details', title: null });
    assert.deepEqual(container('{% hideToggle 查看答案,bg,#fff %}'), { kind: 'details', title: '查看答案' });
    assert.deepEqual(container('{% hideBlock 查看代码, blue %}'), { kind: 'details', title: '查看代码' });
  });

  test('the galleries of Butterfly, NexT and Fluid open a gallery, their layout arguments dropped; each closes with its own end', () => {
    assert.deepEqual(container('{% gallery %}'), { kind: 'gallery', title: null });
    assert.deepEqual(container('{% gallery true,220,10 %}'), { kind: 'gallery', title: null });
    assert.deepEqual(container('{% grouppicture 3-1 %}'), { kind: 'gallery', title: null });
    assert.deepEqual(container('{% gi 5 3-2 %}'), { kind: 'gallery', title: null });
    const out = lines(rewrite(['{% gp 2-1 %}', '![a](/a.png)', '![b](/b.png)', '{% endgp %}', '', '{% gallery %}', '![c](/c.png)', '{% endgi %}'].join('\n')).markdown);
    assert.deepEqual(out.slice(0, 4), ['<!--gallery--><div class="note-gallery">', '![a](/a.png)', '![b](/b.png)', '<!--/gallery--></div>']);
    const wrong = rewrite(['{% gallery %}', '![c](/c.png)', '{% endgi %}'].join('\n'));
    assert.deepEqual(wrong.warnings.map((w) => w.line), [7, 5]);
    assert.match(wrong.warnings[0]?.message ?? '', /cannot close "\{% gallery %\}" \(line 5, which ends with "\{% endgallery %\}"\)/);
    assert.match(wrong.markdown, /&#123;% gallery %\}/);
  });

  test("NexT's centre quote is a blockquote.note-centerquote around its Markdown", () => {
    assert.deepEqual(container('{% cq %}'), { kind: 'centerquote', title: null });
    const out = lines(rewrite(['{% centerquote %}', '人生乃是一面镜子', '{% endcenterquote %}'].join('\n')).markdown);
    assert.deepEqual(out, ['<!--centerquote--><blockquote class="note-centerquote">', '人生乃是一面镜子', '<!--/centerquote--></blockquote>']);
  });

  test("Butterfly's timeline: a title, then an event per <!-- timeline 日期 --> with its Markdown; a comment elsewhere stays a comment", () => {
    assert.deepEqual(container('{% timeline 更新日志,blue %}'), { kind: 'timeline', title: '更新日志' });
    const md = ['{% timeline 更新日志,blue %}', '<!-- timeline 2024-01 -->', '**发布** 1.0', '<!-- endtimeline -->', '<!-- timeline -->', '无日期', '<!-- endtimeline -->', '{% endtimeline %}', '<!-- timeline 外面 -->'].join('\n');
    const out = rewrite(md);
    assert.deepEqual(out.warnings, []);
    assert.deepEqual(lines(out.markdown), [
      '<!--timeline--><div class="note-timeline"><p class="note-timeline-title">更新日志</p>',
      '<!--timeline-item--><div class="note-timeline-item"><p class="note-timeline-date">2024-01</p>',
      '**发布** 1.0',
      '<!--/timeline-item--></div>',
      '<!--timeline-item--><div class="note-timeline-item">',
      '无日期',
      '<!--/timeline-item--></div>',
      '<!--/timeline--></div>',
      '<!-- timeline 外面 -->',
    ]);
    const open = rewrite(['{% timeline %}', '<!-- timeline 2024 -->', '没有结束', '{% endtimeline %}'].join('\n'));
    assert.match(open.warnings[0]?.message ?? '', /cannot close "<!-- timeline 2024 -->" \(line 6, which ends with "<!-- endtimeline -->"\)/);
  });

  test("Volantis' and Stellar's folding is a collapsible block titled after its options; noteblock a callout of its kind", () => {
    assert.deepEqual(container('{% folding 查看代码 %}'), { kind: 'details', title: '查看代码' });
    assert.deepEqual(container('{% folding open, 默认展开 %}'), { kind: 'details', title: '默认展开' });
    assert.deepEqual(container('{% folding child:codeblock open:true color:yellow, 代码 %}'), { kind: 'details', title: '代码' });
    assert.deepEqual(container('{% folding color:red 红色的 %}'), { kind: 'details', title: '红色的' });
    assert.deepEqual(container('{% folding %}'), { kind: 'details', title: null });
    assert.deepEqual(container('{% noteblock warning, 注意事项 %}'), { kind: 'warning', title: '注意事项' });
    assert.deepEqual(container('{% noteblock success %}'), { kind: 'tip', title: null });
    assert.deepEqual(container('{% noteblock 只有标题 %}'), { kind: 'note', title: '只有标题' });
    const out = rewrite(['{% folding 代码 %}', '```js', 'x()', '```', '{% endfolding %}'].join('\n'));
    assert.deepEqual(out.warnings, []);
    assert.match(out.markdown, /^<!--callout--><details class="callout" data-kind="details"><summary>代码<\/summary>/);
  });

  test('only a tag alone on its line is a marker', () => {
    assert.equal(themeTagOf('文字 {% note info %}'), null);
    assert.equal(themeTagOf('{% note info %}内容{% endnote %}'), null);
    assert.equal(themeTagOf('{% asset_img a.png %}'), null);
    assert.deepEqual(themeTagOf('  {% endnote %}  '), { name: 'endnote', indent: '  ', args: '', written: '{% endnote %}' });
  });

  test('a note becomes a callout on the tag lines; the Markdown inside stays Markdown, every line keeps its number', () => {
    const md = '前文\n\n{% note warning %}\n**注意** 这里\n\n- 列表\n{% endnote %}\n后文\n';
    const { markdown, warnings } = rewrite(md);
    assert.deepEqual(warnings, []);
    assert.deepEqual(lines(markdown), [
      '前文',
      '',
      '<!--callout--><aside class="callout" data-kind="warning" role="note"><p class="callout-title"><span class="callout-kind">«callout_warning»</span></p>',
      '**注意** 这里',
      '',
      '- 列表',
      '<!--/callout--></aside>',
      '后文',
      '',
    ]);
  });

  test('theme tags and ::: nest; each is closed only by its own end', () => {
    const { markdown, warnings } = rewrite('{% hideToggle 答案 %}\n::: tip\nx\n:::\n{% endhideToggle %}');
    assert.deepEqual(warnings, []);
    assert.deepEqual(lines(markdown), [
      '<!--callout--><details class="callout" data-kind="details"><summary>答案</summary>',
      '<!--callout--><aside class="callout" data-kind="tip" role="note"><p class="callout-title"><span class="callout-kind">«callout_tip»</span></p>',
      'x',
      '<!--/callout--></aside>',
      '<!--/callout--></details>',
    ]);
  });

  test('a mismatched or missing end warns with the file line and stays text', () => {
    const crossed = rewrite('{% note info %}\nx\n:::\n{% endnote %}');
    assert.deepEqual(crossed.warnings, [{ line: 7, message: 'a ":::" cannot close "{% note info %}" (line 5, which ends with "{% endnote %}"); shown as text' }]);
    assert.match(crossed.markdown, /^<!--callout-->.*\nx\n:::\n<!--\/callout--><\/aside>$/);
    const open = rewrite('{% fold @标题 %}\nx');
    assert.deepEqual(open.warnings, [{ line: 5, message: '"{% fold @标题 %}" is never closed (end it with a line holding only "{% endfold %}"); shown as text' }]);
    // Escaped, so that Nunjucks (where `fold` is a block tag) shows it instead of failing the note.
    assert.equal(open.markdown, '&#123;% fold @标题 %}\nx');
    assert.deepEqual(rewrite('{% endnote %}').warnings, [{ line: 5, message: 'a "{% endnote %}" that closes no container; shown as text' }]);
  });

  test('an opener whose end tag comes later within a line is left to Nunjucks, without a warning', () => {
    const md = '{% note info %}\n内容 {% endnote %}\n';
    assert.deepEqual(rewrite(md), { markdown: md, warnings: [] });
  });

  test('inside code and {% raw %} the tags stay as written', () => {
    const md = '```md\n{% note info %}\n```\n{% raw %}\n{% note info %}\n{% endnote %}\n{% endraw %}\n';
    assert.deepEqual(rewrite(md), { markdown: md, warnings: [] });
  });

  test('{% tabs %} is a code group: a tab button and a panel per `<!-- tab -->`, untitled tabs named as NexT names them', () => {
    const md = ['{% tabs 安装, 2 %}', '<!-- tab pip@python -->', '`pip install x`', '<!-- endtab -->', '<!-- tab -->', '第二个', '<!-- endtab -->', '{% endtabs %}'].join('\n');
    const { markdown, warnings } = rewrite(md);
    assert.deepEqual(warnings, []);
    const out = markdown.split('\n');
    assert.equal(out.length, 8);
    assert.equal(
      out[0],
      '<!--code-group--><div class="code-group" data-first-tab="2"><div class="code-group-tabs" role="tablist" aria-label="安装">' +
        '<button type="button" role="tab" class="code-group-tab" data-title="pip" aria-selected="false" tabindex="-1">pip</button>' +
        '<button type="button" role="tab" class="code-group-tab" data-title="安装 2" aria-selected="false" tabindex="-1">安装 2</button></div>',
    );
    assert.deepEqual(out.slice(1), ['<!--tab--><div class="code-group-panel" data-title="pip">', '`pip install x`', '<!--/tab--></div>', '<!--tab--><div class="code-group-panel" data-title="安装 2">', '第二个', '<!--/tab--></div>', '<!--/code-group--></div>']);
    assert.deepEqual(container('{% tabs 安装, -1 %}'), { kind: 'tabs', title: '安装' });
    assert.deepEqual(container('{% tabs 安装,3 %}'), { kind: 'tabs', title: '安装', firstTab: 3 });
    assert.deepEqual(tabMarkerOf('<!-- tab 方案 @fab fa-apple -->'), { close: false, indent: '', caption: '方案', written: '<!-- tab 方案 @fab fa-apple -->' });
  });

  test('a tab comment outside {% tabs %} stays a comment; a tab left open makes the group warn', () => {
    assert.deepEqual(rewrite('<!-- tab pip -->\nx\n<!-- endtab -->'), { markdown: '<!-- tab pip -->\nx\n<!-- endtab -->', warnings: [] });
    const open = rewrite('{% tabs t %}\n<!-- tab a -->\nx\n{% endtabs %}');
    assert.deepEqual(open.warnings.map((w) => w.message), [
      'a "{% endtabs %}" cannot close "<!-- tab a -->" (line 6, which ends with "<!-- endtab -->"); shown as text',
      '"{% tabs t %}" is never closed (end it with a line holding only "{% endtabs %}"); shown as text',
      '"<!-- tab a -->" is never closed (end it with a line holding only "<!-- endtab -->"); shown as text',
    ]);
    assert.equal(open.markdown, '&#123;% tabs t %}\n<!-- tab a -->\nx\n{% endtabs %}');
    assert.deepEqual(rewrite('::: tabs\nx\n:::').warnings.map((w) => w.message), ['unknown container "::: tabs" (use note, tip, info, important, warning, danger, caution, details or code-group); shown as text', 'a ":::" that closes no container; shown as text']);
  });

  test('a site with its own tag plugin of that name keeps it', () => {
    const md = '{% note info %}\nx\n{% endnote %}\n{% fold @t %}\ny\n{% endfold %}';
    const { markdown, warnings } = rewrite(md, (name) => name !== 'note');
    assert.deepEqual(warnings, []);
    assert.deepEqual(lines(markdown).slice(0, 3), ['{% note info %}', 'x', '{% endnote %}']);
    assert.match(lines(markdown)[3] ?? '', /^<!--callout--><details/);
  });
});

describe("Stellar's one-tag note", () => {
  test('one word is the content; more: the first is the title; color: is the kind', () => {
    assert.equal(stellarNote('这是一条提示'), '{% note %}这是一条提示{% endnote %}');
    assert.equal(stellarNote('标题 正文 内容'), '{% note 标题 %}正文 内容{% endnote %}');
    assert.equal(stellarNote('color:yellow 标题 正文'), '{% note warning 标题 %}正文{% endnote %}');
    assert.equal(stellarNote('color:red 正文'), '{% note red %}正文{% endnote %}');
    assert.equal(stellarNote('color:nosuch 正文'), '{% note %}正文{% endnote %}');
  });

  test("another theme's opener (a kind, a style, an icon first) or no content is not one", () => {
    assert.equal(stellarNote('warning'), null);
    assert.equal(stellarNote('info 标题 内容'), null);
    assert.equal(stellarNote('no-icon'), null);
    assert.equal(stellarNote('fas fa-fan'), null);
    assert.equal(stellarNote(''), null);
    assert.equal(stellarNote('color:yellow'), null);
  });

  test('left unclosed in a note, it becomes the one-line tag, with no warning; an unclosed NexT note still warns', () => {
    const stellar = rewrite('前文\n\n{% note color:cyan 提示 先安装 %}\n\n后文');
    assert.deepEqual(stellar.warnings, []);
    assert.equal(stellar.markdown, '前文\n\n{% note info 提示 %}先安装{% endnote %}\n\n后文');
    assert.equal(rewrite('{% note info %}\n内容').warnings.length, 1);
  });
});
