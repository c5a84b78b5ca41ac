// Diagrams in real Hexo builds through hexo-filter-mermaid-diagrams.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const CLASS_DIAGRAM = 'classDiagram\n  Animal <|-- Duck\n  Animal : +int age\n  Duck : +swim() {{hex}}';
const FLOW = 'graph TD\n  A[第一行<br>第二行] --> B{"判断 & 选择"}';
const DIAGRAMS = [
  '前文',
  '',
  '```mermaid',
  CLASS_DIAGRAM,
  '```',
  '',
  '~~~mermaid',
  FLOW,
  '~~~',
  '',
  '怎样写一个图：',
  '',
  '````markdown',
  '```mermaid',
  'graph LR',
  '  X --> Y',
  '```',
  '````',
  '',
  '1. 步骤',
  '   ```mermaid',
  '   sequenceDiagram',
  '   Alice->>Bob: Hi {% raw %}',
  '   ```',
].join('\n');

describe('mermaid fences', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/diagrams.md': note({ title: '图', id: 'diagrams' }, DIAGRAMS),
        '_posts/plain.md': note({ title: '无图', id: 'plain' }, '没有图。\n\n```js\nconst a = 1;\n```'),
        '_posts/mermaid-tags.md': note({ title: '标签写的图', id: 'mermaid-tags' }, ['{% mermaid %}', 'pie title 宠物', '  "狗" : 386', '{% endmermaid %}', '', '{% mermaid graph TD %}', 'A --> B', '{% endmermaid %}', '', '{% mermaid %}', '没有结尾'].join('\n')),
      },
    });
  });
  after(() => site.remove());

  test('the build succeeds with no ERROR', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('each diagram is a pre.mermaid holding the original text', () => {
    const $ = site.$('diagrams/index.html');
    const diagrams = $('.note-body pre.mermaid')
      .map((_, el) => $(el).text())
      .get();
    assert.deepEqual(diagrams, [CLASS_DIAGRAM, FLOW, 'sequenceDiagram\nAlice->>Bob: Hi {% raw %}']);
    assert.equal($('.note-body pre.mermaid br, .note-body pre.mermaid *').length, 0);
    assert.equal($('.note-body ol li pre.mermaid').length, 1);
  });

  test("Butterfly's and NexT's {% mermaid %} tags are diagrams; an unclosed one warns with file:line and shows as text", () => {
    const $ = site.$('mermaid-tags/index.html');
    assert.deepEqual($('.note-body pre.mermaid').map((_, el) => $(el).text()).get(), ['pie title 宠物\n  "狗" : 386', 'graph TD\nA --> B']);
    assert.ok(site.warnings.some((w) => /source\/_posts\/mermaid-tags\.md:17: "\{% mermaid %\}" is never closed/.test(w)), site.warnings.join('\n'));
    assert.match($('.note-body').text(), /\{% mermaid %\}\s*没有结尾/);
  });

  test('a ```mermaid fence inside a longer outer fence stays code', () => {
    const $ = site.$('diagrams/index.html');
    const code = $('.note-body figure.code-block[data-lang="markdown"] pre code');
    assert.equal(code.text(), '```mermaid\ngraph LR\n  X --> Y\n```');
  });

  test('only pages with a diagram name the mermaid module, and it is served with its chunks', () => {
    const meta = 'meta[name="mermaid-module"]';
    assert.equal(site.$('diagrams/index.html')(meta).attr('content'), '/vendor/mermaid/mermaid.esm.min.mjs');
    // dagre, not mermaid 12's default ELK (500 kB gzip more): test/theme/diagram-weight.test.ts.
    assert.equal(site.$('diagrams/index.html')(meta).attr('data-layout'), 'dagre');
    assert.equal(site.$('plain/index.html')(meta).length, 0);
    assert.equal(site.$('index.html')(meta).length, 0);
    assert.ok(site.exists('vendor/mermaid/mermaid.esm.min.mjs'));
    const entry = site.read('vendor/mermaid/mermaid.esm.min.mjs');
    for (const m of entry.matchAll(/from"(\.\/[^"]+)"/g)) assert.ok(site.exists(`vendor/mermaid/${(m[1] ?? '').slice(2)}`), m[1]);
    // Neither KaTeX: no formula on this site.
    assert.ok(!site.exists('vendor/katex'));
  });
});

describe('mermaid disabled in _config.yml', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { mermaid: { enable: false } },
      files: { '_posts/diagrams.md': note({ title: '图', id: 'diagrams' }, `\`\`\`mermaid\n${CLASS_DIAGRAM}\n\`\`\``) },
    });
  });
  after(() => site.remove());

  test('fences stay code blocks with their text', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('diagrams/index.html');
    assert.equal($('pre.mermaid').length, 0);
    assert.equal($('figure.code-block[data-lang="mermaid"] pre code').text(), CLASS_DIAGRAM);
    assert.ok(!site.exists('vendor/mermaid'));
  });
});
