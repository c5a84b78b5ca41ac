// The text a note contributes to the index, read from rendered markup the way
// the post-dom reader sees it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { buildSearchIndex } from '../../../plugins/search/build-index';
import { cleanProse, extractSections } from '../../../plugins/search/extract';

const sections = (html: string) => extractSections(parseNoteHtml(html));

test('sections split at headings, with heading text and anchor; permalinks are not text', () => {
  const out = sections(
    '<p>导言</p><h2 id="a"><a href="#a" class="headerlink" title="甲"></a>甲 <code>x</code></h2><p>一</p><h3 id="b">乙</h3><p>二</p>',
  );
  assert.deepEqual(out, [
    ['', '', '导言'],
    ['甲 x', 'a', '一'],
    ['乙', 'b', '二'],
  ]);
});

test('inline markup joins, blocks and line breaks separate', () => {
  const [only] = sections('<h2 id="h">H</h2><p><strong>微</strong>调与<a href="/x">链接</a></p><ul><li>一</li><li>二<br>三</li></ul>');
  assert.equal(only?.[2], '微调与链接\n一\n二\n三');
});

test('formulas, diagrams, scripts and buttons are skipped; code blocks are kept apart as code', () => {
  const [only] = sections(
    [
      '<h2 id="c">C</h2>',
      '<p>质能 <span class="math math-inline"><span class="katex">E=mc^2</span></span> 方程</p>',
      '<div class="math math-display">\\sum_i x_i</div>',
      '<pre class="mermaid">graph TD; A-->B</pre>',
      '<figure class="code-block" data-lang="bash"><figcaption class="code-head"><span class="code-lang">bash</span><button type="button" class="code-copy" data-copy>复制</button></figcaption><pre><code class="hljs language-bash"><span class="hljs-built_in">pip</span>   install  torch\n\n\nnext</code></pre></figure>',
      '<figure class="code-file" data-kind="env" data-filename=".env"><figcaption>.env</figcaption><pre><code>KEY=1</code></pre></figure>',
      '<script>alert(1)</script><style>p{}</style>',
      '<p>之后</p>',
    ].join('\n'),
  );
  assert.deepEqual(only, ['C', 'c', '质能 方程\n之后', 'pip install torch\nnext\n.env\nKEY=1']);
});

// Issue 13 changed this contract: what the card shows as words is searchable
// (label, title, description, site name); its URL line and icons are not.
test('in a link card the label, title, description and site name are prose, the URL is not', () => {
  const [only] = sections(
    '<p>前</p><a class="link-card" href="https://x"><span class="link-card-caption">项目地址</span><span class="link-card-title">卡片标题</span><span class="link-card-desc">描述</span><span class="link-card-meta"><span class="link-card-site">站点</span><span class="link-card-url">x.com/path</span></span></a><p>后</p>',
  );
  assert.equal(only?.[2], '前\n项目地址\n卡片标题\n描述\n站点\n后');
});

test('entities are decoded, no tag survives, a heading without id keeps the anchor above', () => {
  const out = sections('<h2 id="x">A &amp; B</h2><p>&lt;img src=x&gt; 1 &lt; 2</p><h3>no id</h3><p>t</p>');
  assert.deepEqual(out, [
    ['A & B', 'x', '<img src=x> 1 < 2'],
    ['no id', 'x', 't'],
  ]);
});

test('soft line breaks between CJK characters are dropped; other white space collapses', () => {
  assert.equal(cleanProse('中文\n  换行 and\n  English\tword'), '中文换行 and English word');
});

test('the index keeps hexo-generator-search entries and adds date and sections', () => {
  const date = new Date('2024-02-03T04:05:06.000Z');
  const posts = new Map([['/a/', { title: 'A', date, search_sections: [['', '', 'text']] }]]);
  const { notes, missing } = buildSearchIndex(
    [
      { title: 'A', url: '/a/', tags: ['t'], content: 'raw **markdown**' },
      { title: 'B', url: '/b/' },
    ],
    (url) => posts.get(url),
  );
  assert.deepEqual(notes, [
    { title: 'A', url: '/a/', tags: ['t'], date: date.toISOString(), sections: [['', '', 'text']] },
    { title: 'B', url: '/b/', tags: [], date: '', sections: [] },
  ]);
  assert.deepEqual(missing, ['/b/']);
  assert.throws(() => buildSearchIndex({}, () => undefined), /JSON array/);
});
