import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNoteHtml } from '../../../plugins/post-dom/transforms';
import { containsMatch, elementMatcher } from '../../../plugins/shared/site';

function found(selector: string, html: string): boolean {
  const $ = parseNoteHtml(html);
  return containsMatch($.root()[0]?.children ?? [], elementMatcher(selector));
}

test('the vendor flag walk finds what the CSS selector finds, nested or not', () => {
  const cases: [string, string][] = [
    ['.math', '<p>a <span class="katex math math-inline">x</span></p>'],
    ['.math', '<div><blockquote><p><span class="math-error">x</span></p></blockquote></div>'],
    ['.math', '<p class="mathematics">no</p>'],
    ['pre.mermaid', '<figure><pre class="x mermaid">graph</pre></figure>'],
    ['pre.mermaid', '<div class="mermaid">graph</div>'],
    ['pre.mermaid', '<pre><code class="mermaid">graph</code></pre>'],
    ['pre.a.b', '<pre class="b  a">x</pre><pre class="a">y</pre>'],
    ['pre', '<p>none</p>'],
  ];
  for (const [selector, html] of cases) {
    assert.equal(found(selector, html), parseNoteHtml(html)(selector).length > 0, `${selector} in ${html}`);
  }
  assert.equal(found('.math', '<p><span class="math">x</span></p>'), true);
  assert.equal(found('pre.mermaid', '<pre class="mermaid-ish">x</pre>'), false);
});

test('a selector the walk cannot read is refused when the feature registers', () => {
  for (const selector of ['', 'pre > code', 'a[href]', '.a, .b']) assert.throws(() => elementMatcher(selector), /tag\.class/, selector);
});
