import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../../../plugins/word-count/counter';
import { proseText } from '../../../plugins/word-count/prose';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';

const words = (html: string) => countWords(proseText(parseNoteHtml(html)));

test('code blocks, named files, math and mermaid diagrams do not count', () => {
  const html = [
    '<p>模型 model</p>',
    '<figure class="code-block" data-lang="python"><figcaption class="code-head"><span class="code-lang">python</span><button data-copy>复制</button></figcaption><pre><code>print("默认设备")</code></pre></figure>',
    '<figure class="code-file" data-kind="env" data-filename=".env"><pre><code>KEY=value</code></pre></figure>',
    '<p>公式<span class="math math-inline"><span class="katex">x squared</span></span>结束</p>',
    '<div class="math math-display">E equals mc</div>',
    '<pre class="mermaid">graph TD; 开始--&gt;结束</pre>',
    '<pre>plain pre text</pre>',
  ].join('');
  assert.deepEqual(words(html), { cjk: 6, other: 1 });
});

test('link text and inline code count; the URL of a bare link does not', () => {
  const html = '<p><a href="https://x.org">入门指南</a> 用 <code>torch.cuda</code> 见 <a href="https://x.org/a">https://x.org/a</a></p>';
  assert.deepEqual(words(html), { cjk: 6, other: 2 });
});

test('inside a link card the title and the author\'s caption count, not the fetched parts', () => {
  const html =
    '<a class="link-card" href="https://x.org/a"><span class="link-card-icon">svg</span><span class="link-card-body"><span class="link-card-caption">项目地址</span>' +
    '<span class="link-card-title">大模型 Guide</span><span class="link-card-desc">不算 this</span><span class="link-card-meta"><span class="link-card-site">x.org</span><span class="link-card-url">x.org/a</span></span></span></a>';
  assert.deepEqual(words(html), { cjk: 7, other: 1 });
});

test('a card for a bare link shows its URL as the title: no words', () => {
  const card = (href: string, title: string) => `<a class="link-card" href="${href}"><span class="link-card-body"><span class="link-card-title">${title}</span></span></a>`;
  assert.deepEqual(words(card('https://www.github.com/a/b/', 'github.com/a/b')), { cjk: 0, other: 0 });
  assert.deepEqual(words(card('https://x.org/%E4%B8%AD', 'x.org/中')), { cjk: 0, other: 0 });
  assert.deepEqual(words(card('https://x.org/a', 'A Page Title')), { cjk: 0, other: 3 });
});

test('block boundaries separate words; inline markup does not', () => {
  assert.deepEqual(words('<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>'), { cjk: 0, other: 4 });
  assert.deepEqual(words('<p>un<em>believ</em>able</p>'), { cjk: 0, other: 1 });
  assert.deepEqual(words('<p>a<br>b</p>'), { cjk: 0, other: 2 });
});

test('markup, attributes and the headerlink never count', () => {
  const html = '<h2 id="x"><a href="#x" class="headerlink" title="标题 title"></a>标题</h2><p><img alt="图片 alt" src="a.png">文</p><!-- 注释 comment --><script>var 变量 = 1</script>';
  assert.deepEqual(words(html), { cjk: 3, other: 0 });
});
